using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HtmlAgilityPack;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Reads a figure block: each <c>&lt;img&gt;</c> starts a figure, and the text after it, split at
    /// <c>&lt;br&gt;</c> and at lines in another script, is its caption, English or Chinese by script. Images with no
    /// text between them share one caption.
    /// </summary>
    internal sealed class FigureReader
    {
        private readonly HtmlLocator _locator;
        private readonly EntryDraft _draft;
        private readonly List<ParsedFigure> _figures = new();
        private readonly List<ParsedFigure> _sharingCaption = new();
        private readonly List<string> _segments = new();
        private readonly StringBuilder _segment = new();
        private ParsedFigure? _current;

        public FigureReader(HtmlLocator locator, EntryDraft draft)
        {
            _locator = locator;
            _draft = draft;
        }

        public void Read(HtmlNode node)
        {
            if (node.NodeType == HtmlNodeType.Text)
            {
                _segment.Append(HtmlEntity.DeEntitize(((HtmlTextNode)node).Text));
            }
            else if (node.Name == "br")
            {
                EndSegment();
            }
            else if (node.Name == "img")
            {
                // Images with no text between them (side-by-side panels) share the caption that follows them.
                EndSegment();
                if (_current is not null && _segments.Count == 0)
                {
                    _sharingCaption.Add(_current);
                }
                else
                {
                    Close();
                }

                _current = ReadImage(node);
            }
        }

        public IReadOnlyList<ParsedFigure> Finish()
        {
            Close();
            return _figures;
        }

        private ParsedFigure? ReadImage(HtmlNode image)
        {
            var span = _locator.Of(image);
            var width = (int?)null;
            var widthAttribute = image.Attributes["width"];
            if (widthAttribute is not null)
            {
                var value = HtmlEntity.DeEntitize(widthAttribute.Value).Trim();
                // "600px" is not valid HTML, but every browser reads it as 600 pixels (HTML's rules for parsing a
                // non-negative integer stop at the first non-digit), so it is read so too; "50%" or "wide" is not pixels.
                var digits = value.EndsWith("px", System.StringComparison.OrdinalIgnoreCase) ? value.Substring(0, value.Length - 2).TrimEnd() : value;
                if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels > 0)
                {
                    width = pixels;
                }
                else
                {
                    _draft.Report(DiagnosticDescriptors.InvalidImageWidth, _locator.Of(widthAttribute), value);
                }
            }

            var sourceAttribute = image.Attributes["src"];
            var source = sourceAttribute is null ? string.Empty : HtmlEntity.DeEntitize(sourceAttribute.Value).Trim();
            if (source.Length == 0)
            {
                _draft.Report(DiagnosticDescriptors.ImageWithoutSource, span);
                return null;
            }

            _draft.AddLink(source, _locator.Of(sourceAttribute!));

            var altAttribute = image.Attributes["alt"];
            var alt = altAttribute is null ? null : PlainText.Collapse(HtmlEntity.DeEntitize(altAttribute.Value));
            return new ParsedFigure
            {
                Source = source,
                Alt = alt,
                Width = width,
                ImageSpan = span,
                AltSpan = altAttribute is null ? span : _locator.Of(altAttribute),
            };
        }

        /// <summary>Ends the text between two <c>&lt;br&gt;</c>s; its lines in different scripts are parts of different captions.</summary>
        private void EndSegment()
        {
            _segments.AddRange(ScriptRuns.Split(_segment.ToString().Split('\n')));
            _segment.Clear();
        }

        private void Close()
        {
            EndSegment();
            if (_current is not null)
            {
                var english = new List<string>();
                var chinese = new List<string>();
                foreach (var segment in _segments)
                {
                    if (!_draft.IsRepeat(segment, _current.ImageSpan, "caption"))
                    {
                        (Script.IsChinese(segment) ? chinese : english).Add(segment);
                    }
                }

                foreach (var caption in english.Concat(chinese))
                {
                    _draft.RememberCaption(caption);
                }

                _sharingCaption.Add(_current);
                foreach (var figure in _sharingCaption)
                {
                    _figures.Add(figure with
                    {
                        CaptionEn = english.Count == 0 ? null : string.Join(" ", english),
                        CaptionZh = chinese.Count == 0 ? null : string.Join(" ", chinese),
                    });
                }

                _sharingCaption.Clear();
                _segments.Clear();
            }

            // Text before the first image stays pending and becomes part of that image's caption.
            _current = null;
        }
    }
}
