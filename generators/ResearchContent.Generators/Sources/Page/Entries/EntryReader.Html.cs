using System.Collections.Generic;
using System.Linq;
using HtmlAgilityPack;
using Markdig;
using ResearchContent.Generators.Diagnostics;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>The entry reader's reading of HTML blocks: their elements, and the Markdown text between them.</summary>
    internal sealed partial class EntryReader
    {
        private const int MostMarkdownNesting = 4;

        // How many elements with markdown="1" the reader is inside.
        private int _markdownDepth;

        /// <param name="start">Where the block starts.</param>
        /// <param name="length">Its length.</param>
        /// <param name="parsed">The block already parsed from the same text, if it was, or <see langword="null"/>.</param>
        private void ReadHtml(int start, int length, HtmlDocument? parsed)
        {
            var document = parsed ?? HtmlNesting.Parse(_text.Value.Substring(start, length));
            var locator = HtmlLocator.ForFragment(_text.Map, start);
            // An element read again as Markdown collects its own links when it is read.
            foreach (var child in document.DocumentNode.ChildNodes.Where(child => !ReadsAsMarkdown(child)))
            {
                LinkCollector.Collect(child, locator, _draft);
                if (child.Attributes["href"] is not null)
                {
                    LinkCollector.CollectOwn(child, locator, _draft);
                }
            }

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

                    // A comment shows nothing ("<!-- Page maintained by hand since 2012 -->" above the first heading):
                    // above the label it keeps the label's place, as a heading does.
                    if (!_draft.HasLabelLine && _firstBlock)
                    {
                        _onlyPreamble = true;
                        continue;
                    }
                }
                else if (node.NodeType == HtmlNodeType.Element)
                {
                    if (!_draft.HasLabelLine && _firstBlock && SectionLine.HeadingLevel(node) is { } level)
                    {
                        // A heading above the label keeps the label's place: the next block may still be the label.
                        _draft.AddSection(level, KramdownAttributes.WithoutTrailingList(PlainText.Of(node)));
                        _onlyPreamble = true;
                        continue;
                    }

                    // kramdown reads Markdown inside an element that asks for it (<div markdown="1">, <details
                    // markdown="1">): its content is read as the entry's own Markdown is.
                    // Nesting is bounded, so that no text can make the reader recurse without end.
                    if (ReadsAsMarkdown(node))
                    {
                        var (innerStart, innerLength) = _text.Clamp(start + node.InnerStartIndex, node.InnerLength);
                        _markdownDepth++;
                        ReadBlocks(Markdown.Parse(_text.Value.Substring(innerStart, innerLength), BlockPipeline), innerStart, _cancellationToken);
                        _markdownDepth--;
                        continue;
                    }

                    ReadElement(node, locator);
                }

                _firstBlock = false;
            }

            ReadInlineRun(run, locator);
        }

        // kramdown reads Markdown inside an element that asks for it; nesting is bounded, so that no text makes the reader
        // recurse without end.
        private bool ReadsAsMarkdown(HtmlNode node) =>
            node.NodeType == HtmlNodeType.Element && node.GetAttributeValue("markdown", null) is "1" or "block" && node.InnerLength > 0 && _markdownDepth < MostMarkdownNesting;

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
                ReadFigures(element, locator);
            }
            else if (HeaderReader.IsHeader(element) && (_draft.HeaderSpan is null || HeaderReader.HasTitleAndLink(element)))
            {
                if (_draft.HeaderSpan is not null)
                {
                    _draft.Report(DiagnosticDescriptors.UnreadableContent, locator.Of(element), "second header block");
                    return;
                }

                HeaderReader.Read(element, locator, locator.Of(element), _draft);
            }
            else if (element.Name == "p" && !NoteReader.IsOnlyLinks(element) && !NoteReader.SaysNote(element) && !NoteLabel.Opens(element) && !RemarkParagraph.Is(element) && !DeclarationParagraph.Is(element))
            {
                if (!NoteReader.IsAbstractMarker(element))
                {
                    NoteReader.ReadLinks(element, locator, _draft);
                    _draft.AddAbstract(element, locator.Of(element));
                }
            }
            else if (!NoteReader.TryReadElement(element, locator, _draft))
            {
                _draft.Report(DiagnosticDescriptors.UnreadableContent, locator.Of(element), "<" + element.Name + "> element");
            }
        }

        private void ReadFigures(HtmlNode container, HtmlLocator locator)
        {
            var figures = new FigureReader(locator, _draft);
            foreach (var node in container.Descendants())
            {
                figures.Read(node);
            }

            _draft.AddFigures(figures.Finish());
        }
    }
}
