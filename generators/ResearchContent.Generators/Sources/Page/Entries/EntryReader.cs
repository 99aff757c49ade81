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
    internal sealed partial class EntryReader
    {
        private static readonly MarkdownPipeline BlockPipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

        private readonly EntryText _text;
        private readonly EntryDraft _draft;
        private bool _firstBlock = true;

        // Set when a block was text before the label, so that the next block may still be the label.
        private bool _onlyPreamble;

        // The token of the run, for the Markdown read again inside an element (EntryReader.Html).
        private CancellationToken _cancellationToken;

        // Whether the block being read is followed by a list: a line ending with a colon above a list is its heading.
        private bool _listFollows;

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
            _cancellationToken = cancellationToken;
            ReadBlocks(Markdown.Parse(_text.Value, BlockPipeline), 0, cancellationToken);

            foreach (var (offset, length, codePoint) in MisleadingCharacters.Find(_text.Value, 0, MisleadingCharacters.ReportedPerSource))
            {
                _draft.AddMisleadingText(new MisleadingText(_text.Map.Span(offset, length), codePoint));
            }

            return _draft.Finish();
        }

        /// <summary>Reads the blocks of Markdown parsed from the entry's text at the offset.</summary>
        private void ReadBlocks(MarkdownDocument document, int offset, CancellationToken cancellationToken)
        {
            var readTo = offset;
            for (var i = 0; i < document.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var block = document[i];
                block.Span = new SourceSpan(block.Span.Start + offset, block.Span.End + offset);
                _listFollows = i + 1 < document.Count && document[i + 1] is ListBlock or CodeBlock;
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
        }

        private string SourceOf(Block block)
        {
            var (start, length) = _text.Clamp(block.Span.Start, block.Span.Length);
            return _text.Value.Substring(start, length);
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
                case ListBlock when BuildTimeMarkup.IsTableOfContents(SourceOf(block)):
                    // kramdown's "* TOC {:toc}" becomes the page's list of headings: no entry's text, and above the label
                    // it keeps the label's place.
                    _onlyPreamble = !_draft.HasLabelLine && _firstBlock;
                    break;
                case HeadingBlock heading when !_draft.HasLabelLine && _firstBlock:
                    var (headingStart, headingLength) = _text.Clamp(block.Span.Start, block.Span.Length);
                    var headingText = KramdownAttributes.WithoutTrailingList(PlainText.Of(Rendered(_text.Value.Substring(headingStart, headingLength)).DocumentNode));
                    var headingLabel = LabelReader.Canonical(headingText);
                    if (LabelReader.TryRead(headingLabel, out var year, out var number))
                    {
                        // "### 2021-#3": a label made large with a heading's marks is the label.
                        _draft.SetLabel(headingLabel, year, number, _text.FirstLineSpan(headingStart, headingLength));
                        break;
                    }

                    _draft.AddSection(heading.Level, headingText);
                    _onlyPreamble = true;
                    break;
                case HeadingBlock or ListBlock or QuoteBlock or CodeBlock when _draft.HasLabelLine:
                    ReadNoteBlock(block);
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

            // "{% include base_path %}" shows nothing once Jekyll builds the page; above the label it keeps its place.
            if (BuildTimeMarkup.IsLiquidOnly(_text.Value.Substring(start, length)))
            {
                _onlyPreamble = !_draft.HasLabelLine && _firstBlock;
                return;
            }

            var span = _text.FirstLineSpan(start, length);
            var rendered = Rendered(_text.Value.Substring(start, length));
            var locator = HtmlLocator.ForRendered(_text.Map, span);
            LinkCollector.Collect(rendered.DocumentNode, locator, _draft);
            KeyCommentReader.ReadAll(rendered.DocumentNode, span, _draft);

            // Above the label, a line in bold alone is a heading of the page, and text without both a title and a
            // citation's link ("… the full list is on [Google Scholar](…)") is its introduction: neither is a header.
            var beforeLabel = !_draft.HasLabelLine && _firstBlock;
            if (beforeLabel && SectionLine.BoldLineText(rendered.DocumentNode) is { } section)
            {
                _draft.AddSection(SectionHeading.BoldLine, section);
                _onlyPreamble = true;
                return;
            }

            if (_draft.HeaderSpan is null && HeaderReader.IsHeader(rendered.DocumentNode) && !(beforeLabel && !HeaderReader.HasTitleAndLink(rendered.DocumentNode)))
            {
                HeaderReader.Read(rendered.DocumentNode, locator, span, _draft);
                return;
            }

            // A Markdown image (![alt](src)) is a figure, and the paragraph's text its caption.
            if (rendered.DocumentNode.Descendants("img").Any())
            {
                KramdownAttributes.ApplyToImages(rendered.DocumentNode);
                ReadFigures(rendered.DocumentNode, locator);
                return;
            }

            if (NoteReader.Media(rendered.DocumentNode) is { } media)
            {
                _draft.Report(DiagnosticDescriptors.UnreadableContent, span, "<" + media.Name + "> element");
                return;
            }

            // After the label, a row of links (labelled or not: "Press: [A](…) · [B](…)"), a remark that labels itself
            // ("Note: …") or names an award or a poster, a line that introduces the list or code below it ("Key
            // Points:", "BibTeX:"), and a line in bold alone ("**BibTeX**", a heading written in bold) are no abstract text.
            if (_draft.HasLabelLine
                && (NoteReader.IsOnlyLinks(rendered.DocumentNode) || NoteReader.IsLabelledLinks(rendered.DocumentNode) || NoteLabel.Opens(rendered.DocumentNode) || RemarkParagraph.Is(rendered.DocumentNode) || DeclarationParagraph.Is(rendered.DocumentNode)
                    || (_listFollows && IntroducesList(rendered.DocumentNode))
                    || (SectionLine.BoldLineText(rendered.DocumentNode) is not null && !NoteReader.IsAbstractMarker(rendered.DocumentNode))))
            {
                NoteReader.ReadMarkdown(rendered.DocumentNode, locator, span, _draft);
                return;
            }

            if (_draft.HasLabelLine && NoteReader.IsAbstractMarker(rendered.DocumentNode))
            {
                return;
            }

            // Text before the label ("* indicates the corresponding author." above the first entry) is not the abstract.
            if (beforeLabel)
            {
                _draft.AddPreamble(PlainText.Of(rendered.DocumentNode), span);
                _onlyPreamble = true;
                return;
            }

            NoteReader.ReadLinks(rendered.DocumentNode, locator, _draft);
            _draft.AddAbstract(rendered.DocumentNode, span);
        }

        private static bool IntroducesList(HtmlNode rendered)
        {
            var text = PlainText.TrimEdgeSpace(PlainText.Of(rendered).Trim());
            return text.Length is > 0 and <= 80 && (text.EndsWith(":", StringComparison.Ordinal) || text.EndsWith("：", StringComparison.Ordinal));
        }

        /// <summary>A heading, list, block quote or code fence after the label: notes, or figures when it shows images.</summary>
        private void ReadNoteBlock(Block block)
        {
            var (start, length) = _text.Clamp(block.Span.Start, block.Span.Length);
            var span = _text.FirstLineSpan(start, length);
            var rendered = Rendered(_text.Value.Substring(start, length)).DocumentNode;
            var locator = HtmlLocator.ForRendered(_text.Map, span);
            LinkCollector.Collect(rendered, locator, _draft);
            KeyCommentReader.ReadAll(rendered, span, _draft);
            if (rendered.Descendants("img").Any())
            {
                ReadFigures(rendered, locator);
            }
            else
            {
                NoteReader.ReadMarkdown(rendered, locator, span, _draft);
            }
        }

        /// <summary>Markdown as the page shows it, parsed: the one way entries (and the splitter's label lines) are rendered.</summary>
        internal static HtmlDocument Rendered(string markdown) => HtmlNesting.Parse(Markdown.ToHtml(markdown));

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
