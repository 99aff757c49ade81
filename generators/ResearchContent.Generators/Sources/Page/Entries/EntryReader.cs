using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HtmlAgilityPack;
using Markdig;
using Markdig.Syntax;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Reads one entry: Markdig gives the block structure with source positions, HtmlAgilityPack reads the
    /// HTML inside blocks. Reads as kramdown (Jekyll's engine) does where it differs from CommonMark: text
    /// after a closing tag such as <c>&lt;/div&gt;</c> is a Markdown paragraph, not more HTML.
    /// It reports only what cannot be read; whether what was read is right is for <c>Validation/</c>.
    /// </summary>
    internal sealed class EntryReader
    {
        private static readonly MarkdownPipeline BlockPipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

        private readonly EntryText _text;
        private readonly EntryDraft _draft;
        private bool _firstBlock = true;

        // Set when a block was text before the label, so that the next block may still be the label.
        private bool _onlyPreamble;

        private EntryReader(string text)
        {
            _text = new EntryText(text);
            _draft = new EntryDraft(_text.FirstContentLine());
        }

        public static ParsedEntry Read(string text, CancellationToken cancellationToken)
        {
            try
            {
                return new EntryReader(text).Run(cancellationToken);
            }
            catch (Exception exception) when (MarkdownDepthLimit.Refused(exception) || exception is HtmlNesting.TooDeepException)
            {
                var span = new EntryText(text).FirstContentLine();
                return new ParsedEntry
                {
                    FirstLine = span,
                    LabelSpan = span,
                    Diagnostics = new[] { new EntryDiagnostic(DiagnosticDescriptors.UnreadableContent.Id, span, new[] { (exception is HtmlNesting.TooDeepException ? "HTML" : "Markdown") + ", nested too deeply to read," }.ToEquatableArray()) }.ToEquatableArray(),
                };
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The generator never throws: a bug in a reader becomes a located diagnostic.
                var span = new EntryText(text).FirstContentLine();
                return new ParsedEntry
                {
                    FirstLine = span,
                    LabelSpan = span,
                    Diagnostics = new[] { new EntryDiagnostic(DiagnosticDescriptors.UnexpectedFailure.Id, span, new[] { FailureMessage.Of(exception) }.ToEquatableArray()) }.ToEquatableArray(),
                };
            }
        }

        private ParsedEntry Run(CancellationToken cancellationToken)
        {
            var document = Markdown.Parse(_text.Value, BlockPipeline);
            var readTo = 0;
            foreach (var block in document)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var end = block.Span.Start + block.Span.Length;
                if (end <= readTo)
                {
                    continue;
                }

                // A block that an HTML element ran into is read from where the element ends, as Markdown.
                readTo = block.Span.Start < readTo ? ReadParagraphAfter(readTo, end) : ReadBlock(block);
                _firstBlock = _onlyPreamble;
                _onlyPreamble = false;
            }

            foreach (var (offset, length, codePoint) in MisleadingCharacters.Find(_text.Value, 0, MisleadingCharacters.ReportedPerSource))
            {
                _draft.AddMisleadingText(new MisleadingText(_text.Map.Span(offset, length), codePoint));
            }

            return _draft.Finish();
        }

        /// <returns>The offset up to which the entry has been read.</returns>
        private int ReadBlock(Block block)
        {
            var end = block.Span.Start + block.Span.Length;
            switch (block)
            {
                case ParagraphBlock paragraph:
                    ReadParagraph(paragraph.Span.Start, paragraph.Span.Length);
                    break;
                case HtmlBlock html:
                    var extent = HtmlBlockExtent.Of(_text.Value, html.Span.Start, end, HtmlInlineElements.Contains);
                    if (extent.Unclosed is { } unclosed)
                    {
                        _draft.Report(DiagnosticDescriptors.UnclosedElement, HtmlLocator.ForFragment(_text.Map, html.Span.Start).Of(unclosed), unclosed.Name);
                    }

                    ReadHtml(html.Span.Start, extent.End - html.Span.Start, extent.Block);
                    return extent.End;
                case LinkReferenceDefinitionGroup:
                    break;
                default:
                    _draft.Report(DiagnosticDescriptors.UnreadableContent, _text.FirstLineSpan(block.Span.Start, block.Span.Length), Describe(block));
                    break;
            }

            return end;
        }

        private int ReadParagraphAfter(int start, int end)
        {
            ReadParagraph(start, end - start);
            return end;
        }

        private void ReadParagraph(int start, int length)
        {
            (start, length) = _text.TrimHtmlWhitespace(start, length);
            if (length <= 0)
            {
                return;
            }

            if (!_draft.HasLabelLine && _firstBlock && TryReadLabelLine(start, length))
            {
                return;
            }

            var span = _text.FirstLineSpan(start, length);
            var rendered = Rendered(_text.Value.Substring(start, length));
            var locator = HtmlLocator.ForRendered(_text.Map, span);
            LinkCollector.Collect(rendered.DocumentNode, locator, _draft);
            KeyCommentReader.ReadAll(rendered.DocumentNode, span, _draft);

            if (_draft.HeaderSpan is null && HeaderReader.IsHeader(rendered.DocumentNode))
            {
                HeaderReader.Read(rendered.DocumentNode, locator, span, _draft);
                return;
            }

            if (rendered.DocumentNode.Descendants("img").Any())
            {
                _draft.Report(DiagnosticDescriptors.UnreadableContent, span, "Markdown image (write figures as an <img> block with a caption)");
                return;
            }

            // Text before the label ("* indicates the corresponding author." above the first entry) is not the abstract.
            if (!_draft.HasLabelLine && _firstBlock)
            {
                _draft.AddPreamble(PlainText.Of(rendered.DocumentNode), span);
                _onlyPreamble = true;
                return;
            }

            _draft.AddAbstract(rendered.DocumentNode, span);
        }

        /// <summary>Reads the paragraph's first line as the label; the rest of the paragraph is read as usual.</summary>
        private bool TryReadLabelLine(int start, int length)
        {
            var firstLineLength = _text.FirstLineLength(start, length);
            var firstLine = _text.Value.Substring(start, firstLineLength);
            var labelDocument = Rendered(firstLine);
            var labelText = PlainText.Of(labelDocument.DocumentNode);
            var labelSpan = _text.Map.Span(start, firstLine.TrimEnd().Length);
            if (LabelReader.TryRead(labelText, out var year, out var number))
            {
                _draft.SetLabel(labelText, year, number, labelSpan);
                KeyCommentReader.ReadAll(labelDocument.DocumentNode, labelSpan, _draft);
            }
            else if (labelText.Length <= 20 && LabelReader.LooksLikeLabel(labelText))
            {
                _draft.SetMalformedLabel();
                _draft.Report(DiagnosticDescriptors.MalformedLabel, labelSpan, labelText);
            }
            else
            {
                return false;
            }

            ReadParagraph(start + firstLineLength, length - firstLineLength);
            return true;
        }

        /// <param name="start">Where the block starts.</param>
        /// <param name="length">Its length.</param>
        /// <param name="parsed">The block already parsed from the same text, if it was, or <see langword="null"/>.</param>
        private void ReadHtml(int start, int length, HtmlDocument? parsed)
        {
            var document = parsed ?? HtmlNesting.Parse(_text.Value.Substring(start, length));
            var locator = HtmlLocator.ForFragment(_text.Map, start);
            LinkCollector.Collect(document.DocumentNode, locator, _draft);

            var run = new List<HtmlNode>();
            foreach (var node in document.DocumentNode.ChildNodes)
            {
                if (node.NodeType == HtmlNodeType.Text
                    || (node.NodeType == HtmlNodeType.Element && HtmlInlineElements.Contains(node.Name) && !node.Descendants("img").Any()))
                {
                    run.Add(node);
                    continue;
                }

                ReadInlineRun(run, locator);
                if (node is HtmlCommentNode comment)
                {
                    KeyCommentReader.Read(comment, locator.Of(node), _draft);
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
            // HtmlAgilityPack can give an inline element left open at the end of the entry ("<sub> ") an outer length
            // past the end of the text (found by fuzzing: IndexOutOfRangeException, RC0002): the run ends with the text.
            var end = System.Math.Min(locator.Offset(last) + last.OuterLength, _text.Value.Length);
            run.Clear();
            ReadParagraph(start, end - start);
            _firstBlock = false;
        }

        private void ReadElement(HtmlNode element, HtmlLocator locator)
        {
            foreach (var comment in element.Descendants().OfType<HtmlCommentNode>())
            {
                KeyCommentReader.Read(comment, locator.Of(comment), _draft);
            }

            if (element.Descendants("img").Any())
            {
                var figures = new FigureReader(locator, _draft);
                foreach (var node in element.Descendants())
                {
                    figures.Read(node);
                }

                _draft.AddFigures(figures.Finish());
            }
            else if (HeaderReader.IsHeader(element))
            {
                if (_draft.HeaderSpan is not null)
                {
                    _draft.Report(DiagnosticDescriptors.UnreadableContent, locator.Of(element), "second header block");
                    return;
                }

                HeaderReader.Read(element, locator, locator.Of(element), _draft);
            }
            else if (element.Name == "p")
            {
                _draft.AddAbstract(element, locator.Of(element));
            }
            else
            {
                _draft.Report(DiagnosticDescriptors.UnreadableContent, locator.Of(element), "<" + element.Name + "> element");
            }
        }

        private static HtmlDocument Rendered(string markdown) => HtmlNesting.Parse(Markdown.ToHtml(markdown));

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
