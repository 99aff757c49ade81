using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HtmlAgilityPack;
using Markdig;
using Markdig.Syntax;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Parsing.Citations;

namespace ResearchContent.Generators.Parsing
{
    /// <summary>
    /// Reads one entry: Markdig gives the block structure with source positions, HtmlAgilityPack reads the
    /// HTML inside blocks. Reads as kramdown (Jekyll's engine) does where it differs from CommonMark: text
    /// after a closing tag such as <c>&lt;/div&gt;</c> is a Markdown paragraph, not more HTML.
    /// </summary>
    internal sealed class EntryParser
    {
        private static readonly MarkdownPipeline BlockPipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

        private static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
        {
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
            "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "br", "wbr",
        };

        private readonly string _text;
        private readonly LineMap _map;
        private readonly List<EntryDiagnostic> _diagnostics = new();
        private readonly List<string> _abstractEn = new();
        private readonly List<string> _abstractZh = new();
        private readonly List<ParsedFigure> _figures = new();

        private bool _firstBlock = true;
        private bool _labelSeen;
        private string? _label;
        private int _year;
        private int _number;
        private RelativeSpan _labelSpan;
        private string? _key;
        private RelativeSpan _keySpan;
        private RelativeSpan? _headerSpan;
        private string? _titleEn;
        private string? _titleZh;
        private RelativeSpan _titleSpan;
        private string? _citationText;
        private string? _citationUrl;
        private RelativeSpan _citationSpan;

        private EntryParser(string text)
        {
            _text = text;
            _map = LineMap.Of(text);
        }

        public static ParsedEntry Parse(string text)
        {
            try
            {
                return new EntryParser(text).Run();
            }
            catch (Exception exception)
            {
                // The generator never throws: a bug in this parser becomes a located diagnostic.
                var span = FirstContentLine(text, LineMap.Of(text));
                return Failed(span, FailureMessage.Of(exception));
            }
        }

        private ParsedEntry Run()
        {
            var document = Markdown.Parse(_text, BlockPipeline);
            foreach (var block in document)
            {
                ReadBlock(block);
                _firstBlock = false;
            }

            return Finish();
        }

        private void ReadBlock(Block block)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    ReadParagraph(paragraph.Span.Start, paragraph.Span.Length);
                    break;
                case HtmlBlock html:
                    ReadHtml(html.Span.Start, html.Span.Length);
                    break;
                case LinkReferenceDefinitionGroup:
                    break;
                default:
                    Report(DiagnosticDescriptors.UnreadableContent, _map.Span(block.Span.Start, FirstLineLength(block.Span.Start, block.Span.Length)), Describe(block));
                    break;
            }
        }

        private void ReadParagraph(int start, int length)
        {
            while (length > 0 && PlainText.IsHtmlWhitespace(_text[start]))
            {
                start++;
                length--;
            }

            while (length > 0 && PlainText.IsHtmlWhitespace(_text[start + length - 1]))
            {
                length--;
            }

            if (length <= 0)
            {
                return;
            }

            var source = _text.Substring(start, length);
            if (!_labelSeen && _firstBlock)
            {
                var firstLineLength = FirstLineLength(start, length);
                var firstLine = _text.Substring(start, firstLineLength);
                var labelDocument = Rendered(firstLine);
                var labelText = PlainText.Of(labelDocument.DocumentNode);
                if (LabelReader.TryRead(labelText, out var year, out var number))
                {
                    _labelSeen = true;
                    _label = labelText;
                    _year = year;
                    _number = number;
                    _labelSpan = _map.Span(start, firstLine.TrimEnd().Length);
                    ReadComments(labelDocument.DocumentNode, _labelSpan);
                    ReadParagraph(start + firstLineLength, length - firstLineLength);
                    return;
                }

                if (labelText.Length <= 20 && LabelReader.LooksLikeLabel(labelText))
                {
                    _labelSeen = true;
                    Report(DiagnosticDescriptors.MalformedLabel, _map.Span(start, firstLine.TrimEnd().Length), labelText);
                    ReadParagraph(start + firstLineLength, length - firstLineLength);
                    return;
                }
            }

            var span = _map.Span(start, FirstLineLength(start, length));
            var rendered = new HtmlDocument();
            rendered.LoadHtml(Markdown.ToHtml(source));
            var locator = HtmlLocator.ForRendered(_map, span);
            CheckLinks(rendered.DocumentNode, locator);
            ReadComments(rendered.DocumentNode, span);

            if (_headerSpan is null && IsHeader(rendered.DocumentNode))
            {
                ReadHeader(rendered.DocumentNode, locator, span);
                return;
            }

            if (rendered.DocumentNode.Descendants("img").Any())
            {
                Report(DiagnosticDescriptors.UnreadableContent, span, "Markdown image (write figures as an <img> block with a caption)");
                return;
            }

            AddAbstract(PlainText.Of(rendered.DocumentNode));
        }

        private void ReadHtml(int start, int length)
        {
            var document = new HtmlDocument();
            document.LoadHtml(_text.Substring(start, length));
            var locator = HtmlLocator.ForFragment(_map, start);
            CheckLinks(document.DocumentNode, locator);

            var run = new List<HtmlNode>();
            foreach (var node in document.DocumentNode.ChildNodes)
            {
                if (node.NodeType == HtmlNodeType.Text
                    || (node.NodeType == HtmlNodeType.Element && InlineElements.Contains(node.Name) && !node.Descendants("img").Any()))
                {
                    run.Add(node);
                    continue;
                }

                ReadInlineRun(run, locator);
                if (node is HtmlCommentNode comment)
                {
                    ReadComment(comment, locator.Of(node));
                }
                else if (node.NodeType == HtmlNodeType.Element)
                {
                    ReadElement(node, locator);
                }

                _firstBlock = false;
            }

            ReadInlineRun(run, locator);
        }

        /// <summary>Text and inline tags outside any block element: Markdown, as kramdown reads it.</summary>
        private void ReadInlineRun(List<HtmlNode> run, HtmlLocator locator)
        {
            if (run.Count == 0)
            {
                return;
            }

            var start = locator.Offset(run[0]);
            var last = run[run.Count - 1];
            var end = locator.Offset(last) + last.OuterLength;
            run.Clear();
            ReadParagraph(start, end - start);
            _firstBlock = false;
        }

        private void ReadElement(HtmlNode element, HtmlLocator locator)
        {
            foreach (var comment in element.Descendants().OfType<HtmlCommentNode>())
            {
                ReadComment(comment, locator.Of(comment));
            }

            if (element.Descendants("img").Any())
            {
                ReadFigures(element, locator);
            }
            else if (IsHeader(element))
            {
                if (_headerSpan is not null)
                {
                    Report(DiagnosticDescriptors.UnreadableContent, locator.Of(element), "second header block");
                    return;
                }

                ReadHeader(element, locator, locator.Of(element));
            }
            else if (element.Name == "p")
            {
                AddAbstract(PlainText.Of(element));
            }
            else
            {
                Report(DiagnosticDescriptors.UnreadableContent, locator.Of(element), "<" + element.Name + "> element");
            }
        }

        private static bool IsHeader(HtmlNode element) =>
            element.Descendants().Any(n => n.Name is "b" or "strong") || element.Descendants("a").Any(a => a.Attributes["href"] is not null);

        private void ReadHeader(HtmlNode header, HtmlLocator locator, RelativeSpan headerSpan)
        {
            _headerSpan = headerSpan;
            foreach (var bold in header.Descendants().Where(n => n.Name is "b" or "strong"))
            {
                if (bold.Ancestors().Any(a => a.Name is "b" or "strong" or "a"))
                {
                    continue;
                }

                var text = PlainText.Of(bold);
                if (text.Length == 0)
                {
                    continue;
                }

                if (Script.IsChinese(text))
                {
                    if (_titleZh is null)
                    {
                        _titleZh = text;
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.UnreadableContent, locator.Of(bold), "second Chinese title");
                    }
                }
                else if (_titleEn is null)
                {
                    _titleEn = text;
                    _titleSpan = locator.Of(bold);
                }
                else
                {
                    Report(DiagnosticDescriptors.UnreadableContent, locator.Of(bold), "second English title");
                }
            }

            var anchor = header.Descendants("a").FirstOrDefault(a => a.Attributes["href"] is not null);
            if (anchor is null)
            {
                return;
            }

            var href = anchor.Attributes["href"];
            _citationText = PlainText.Of(anchor);
            _citationUrl = HtmlEntity.DeEntitize(href.Value).Trim();
            _citationSpan = locator.Of(anchor);
            if (!LinkPolicy.IsHttp(_citationUrl) && !LinkPolicy.HasForeignScheme(_citationUrl))
            {
                Report(DiagnosticDescriptors.UnsafeLink, locator.Of(href), _citationUrl);
            }
        }

        private void ReadFigures(HtmlNode block, HtmlLocator locator)
        {
            var reader = new FigureReader(locator, Report);
            foreach (var node in block.Descendants())
            {
                reader.Read(node);
            }

            _figures.AddRange(reader.Finish());
        }

        /// <summary>Reads the key comments of rendered Markdown, which has no positions of its own.</summary>
        private void ReadComments(HtmlNode root, RelativeSpan span)
        {
            foreach (var comment in root.Descendants().OfType<HtmlCommentNode>())
            {
                ReadComment(comment, span);
            }
        }

        private void ReadComment(HtmlCommentNode comment, RelativeSpan span)
        {
            var text = comment.Comment;
            if (text.StartsWith("<!--", StringComparison.Ordinal))
            {
                text = text.Substring(4);
            }

            if (text.EndsWith("-->", StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - 3);
            }

            text = text.Trim();
            if (!text.StartsWith("key:", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var key = text.Substring(4).Trim();
            if (_key is not null)
            {
                Report(DiagnosticDescriptors.InvalidKey, span, key, "the entry already sets the key '" + _key + "'");
            }
            else if (!KeyDeriver.IsValidKey(key))
            {
                Report(DiagnosticDescriptors.InvalidKey, span, key, "it has characters a key cannot have");
            }
            else
            {
                _key = key;
                _keySpan = span;
            }
        }

        private void CheckLinks(HtmlNode root, HtmlLocator locator)
        {
            foreach (var element in root.Descendants())
            {
                var href = element.Attributes["href"];
                if (href is not null && LinkPolicy.HasForeignScheme(HtmlEntity.DeEntitize(href.Value)))
                {
                    Report(DiagnosticDescriptors.UnsafeLink, locator.Of(href), HtmlEntity.DeEntitize(href.Value).Trim());
                }
            }
        }

        private void AddAbstract(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            (Script.IsChinese(text) ? _abstractZh : _abstractEn).Add(text);
        }

        private ParsedEntry Finish()
        {
            var anchor = _headerSpan ?? _labelSpan;
            var citation = _citationText is null ? null : CitationParser.Parse(_citationText);
            var doi = _citationUrl is null ? null : DoiReader.FromUrl(_citationUrl);
            if (!_labelSeen)
            {
                Report(DiagnosticDescriptors.MissingLabel, FirstContentLine(_text, _map));
            }
            else if (_label is not null)
            {
                if (_titleEn is null)
                {
                    Report(DiagnosticDescriptors.MissingEnglishTitle, anchor, _label);
                }

                if (_citationUrl is null)
                {
                    Report(DiagnosticDescriptors.MissingCitationLink, anchor, _label);
                }

                if (citation is not null)
                {
                    CheckCitation(_label, citation);
                }
            }

            var explicitKey = _key is not null;
            var family = citation is { Authors.Count: > 0 } ? citation.Authors[0].Family : KeyDeriver.FirstFamilyName(_citationText ?? string.Empty);
            var key = _key ?? (_label is null ? null : KeyDeriver.Derive(family, _year, _titleEn));
            return new ParsedEntry(
                _label,
                _year,
                _number,
                _labelSpan,
                key,
                explicitKey ? _keySpan : _labelSpan,
                explicitKey,
                _titleEn,
                _titleZh,
                _titleSpan,
                _citationText,
                _citationUrl,
                doi,
                citation,
                _citationSpan,
                Join(_abstractEn),
                Join(_abstractZh),
                _figures.ToEquatableArray(),
                _diagnostics.ToEquatableArray());
        }

        /// <summary>Cross-checks the parsed citation against the label, the header title and the link.</summary>
        private void CheckCitation(string label, ParsedCitation citation)
        {
            if (citation.Year is not { } year)
            {
                Report(DiagnosticDescriptors.MissingCitationYear, _citationSpan, label);
            }
            else if (year != _year)
            {
                Report(
                    DiagnosticDescriptors.LabelYearMismatch,
                    _labelSpan,
                    label,
                    _year.ToString(CultureInfo.InvariantCulture),
                    year.ToString(CultureInfo.InvariantCulture));
            }

            var missing = citation.Unparsed.Where(field => field != CitationField.Year).ToArray();
            if (missing.Length > 0)
            {
                Report(DiagnosticDescriptors.IncompleteCitation, _citationSpan, label, string.Join(", ", missing));
            }

            // The parsed title is compared when there is one; otherwise the header title must appear in the text.
            var sameTitle = citation.Title is not null
                ? TitleComparison.Normalize(citation.Title) == TitleComparison.Normalize(_titleEn ?? string.Empty)
                : TitleComparison.CitationContainsTitle(_citationText!, _titleEn ?? string.Empty);
            if (_titleEn is not null && !sameTitle)
            {
                Report(DiagnosticDescriptors.TitleDiffersFromCitation, _titleSpan, label);
            }

            var linkDoi = _citationUrl is null ? null : DoiReader.FromUrl(_citationUrl);
            var textDoi = DoiReader.FromText(_citationText!);
            if (linkDoi is not null && textDoi is not null && !string.Equals(linkDoi, textDoi, StringComparison.OrdinalIgnoreCase))
            {
                Report(DiagnosticDescriptors.DoiMismatch, _citationSpan, linkDoi, textDoi);
            }

            if (linkDoi is not null && !_citationUrl!.StartsWith("https://doi.org/", StringComparison.Ordinal))
            {
                Report(DiagnosticDescriptors.NonCanonicalDoiLink, _citationSpan, DoiReader.Canonical(linkDoi));
            }
        }

        private static string? Join(List<string> paragraphs) => paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs);

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, RelativeSpan span, params string[] arguments) =>
            _diagnostics.Add(new EntryDiagnostic(descriptor.Id, span, arguments.ToEquatableArray()));

        private static HtmlDocument Rendered(string markdown)
        {
            var document = new HtmlDocument();
            document.LoadHtml(Markdown.ToHtml(markdown));
            return document;
        }

        private int FirstLineLength(int start, int length)
        {
            var newline = _text.IndexOf('\n', start, length);
            return newline < 0 ? length : newline - start;
        }

        private static RelativeSpan FirstContentLine(string text, LineMap map)
        {
            var lines = LineMap.SplitLines(text);
            for (var i = 0; i < lines.Count; i++)
            {
                var content = lines[i].TrimEnd();
                if (content.Trim().Length > 0)
                {
                    var indent = content.Length - content.TrimStart().Length;
                    return new RelativeSpan(i, indent, i, content.Length);
                }
            }

            return new RelativeSpan(0, 0, 0, 0);
        }

        private static ParsedEntry Failed(RelativeSpan span, string message) => new(
            null, 0, 0, span, null, span, false, null, null, span, null, null, null, null, span, null, null,
            EquatableArray<ParsedFigure>.Empty,
            new[] { new EntryDiagnostic(DiagnosticDescriptors.UnexpectedFailure.Id, span, new[] { message }.ToEquatableArray()) }.ToEquatableArray());

        private static string Describe(Block block) => block switch
        {
            HeadingBlock => "heading",
            ListBlock => "list",
            QuoteBlock => "block quote",
            FencedCodeBlock or CodeBlock => "code block",
            ThematicBreakBlock => "horizontal rule",
            _ => "Markdown block",
        };
    }
}
