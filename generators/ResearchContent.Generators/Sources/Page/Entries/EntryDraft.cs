using System.Collections.Generic;
using System.Linq;
using HtmlAgilityPack;
using Microsoft.CodeAnalysis;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Sources.Citations;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// What the readers of one entry have found so far. The block walker and the header, figure, comment and link
    /// readers each add their part; <see cref="Finish"/> turns it into the immutable <see cref="ParsedEntry"/>.
    /// </summary>
    internal sealed class EntryDraft
    {
        private readonly EntryDiagnosticList _diagnostics = new();
        private readonly List<ParsedFigure> _figures = new();
        private readonly List<EntryLink> _links = new();
        private readonly List<KeyComment> _keyComments = new();
        private readonly List<HeaderLink> _headerLinks = new();
        private readonly List<MisleadingText> _misleading = new();
        private readonly List<string> _preamble = new();
        private readonly List<SectionHeading> _sections = new();
        private RelativeSpan? _preambleSpan;
        private readonly EntryProse _prose;

        public EntryDraft(RelativeSpan firstLine)
        {
            FirstLine = firstLine;
            _prose = new EntryProse(_diagnostics);
        }

        public RelativeSpan FirstLine { get; }

        public bool HasLabelLine { get; private set; }

        public string? Label { get; private set; }

        public int Year { get; private set; }

        public int Number { get; private set; }

        public RelativeSpan LabelSpan { get; private set; }

        public RelativeSpan? HeaderSpan { get; set; }

        public string? TitleEn { get; private set; }

        public string? TitleZh { get; private set; }

        public RelativeSpan TitleSpan { get; private set; }

        public string? CitationText { get; private set; }

        public string? CitationUrl { get; private set; }

        public RelativeSpan CitationSpan { get; private set; }

        public RelativeSpan CitationUrlSpan { get; private set; }

        public RelativeSpan CitationExtent { get; private set; }

        public void SetLabel(string label, int year, int number, RelativeSpan span)
        {
            HasLabelLine = true;
            Label = label;
            Year = year;
            Number = number;
            LabelSpan = span;
        }

        /// <summary>A label line that is not a well-formed label: the entry has a label line, but no label.</summary>
        public void SetMalformedLabel() => HasLabelLine = true;

        public void SetTitleEn(string title, RelativeSpan span)
        {
            TitleEn = title;
            TitleSpan = span;
        }

        public void SetTitleZh(string title) => TitleZh = title;

        public void SetCitation(string text, string? url, RelativeSpan span, RelativeSpan urlSpan, RelativeSpan extent)
        {
            CitationExtent = extent;
            CitationText = text;
            CitationUrl = url;
            CitationSpan = span;
            CitationUrlSpan = urlSpan;
        }

        /// <summary>Adds a paragraph's text to the abstracts, each run of lines to the abstract of its script (<see cref="EntryProse"/>).</summary>
        public void AddAbstract(HtmlNode paragraph, RelativeSpan span) => _prose.AddAbstract(PlainText.Lines(paragraph), span);

        /// <summary>Adds lines of text to the abstracts, each run of lines to the abstract of its script.</summary>
        public void AddAbstract(IReadOnlyList<string> lines, RelativeSpan span) => _prose.AddAbstract(lines, span);

        /// <summary>Adds a paragraph of text that is neither abstract nor caption to the notes.</summary>
        public void AddNote(IReadOnlyList<string> lines, RelativeSpan span) => _prose.AddNote(lines, span);

        /// <summary>Whether the text was read already (reported, and to be left out).</summary>
        public bool IsRepeat(string text, RelativeSpan span, string what) => _prose.IsRepeat(text, span, what);

        /// <summary>Remembers a caption, so that a paragraph repeating it is reported.</summary>
        public void RememberCaption(string text) => _prose.RememberCaption(text);

        public void AddFigures(IEnumerable<ParsedFigure> figures) => _figures.AddRange(figures);

        public void AddLink(string url, RelativeSpan span) => _links.Add(new EntryLink(url, span));

        /// <summary>A paragraph before the label: the page's introduction above its first entry.</summary>
        public void AddPreamble(string text, RelativeSpan span)
        {
            if (text.Length > 0)
            {
                _preamble.Add(text);
                _preambleSpan ??= span;

                // An introduction under a heading makes it the introduction's heading (Merge/PageSections); a legend
                // line ("* corresponding author") under "# Journal articles" does not.
                if (Sentence.IsBrief(text))
                {
                    return;
                }

                for (var i = 0; i < _sections.Count; i++)
                {
                    _sections[i] = _sections[i] with { HeadsText = true };
                }
            }
        }

        /// <summary>A heading above the label: a section of the page.</summary>
        public void AddSection(int level, string text)
        {
            if (text.Length > 0)
            {
                _sections.Add(new SectionHeading(level, text));
            }
        }

        public void AddHeaderLink(string text, string url, RelativeSpan span) => _headerLinks.Add(new HeaderLink(text, url, span));

        public void AddKeyComment(string key, RelativeSpan span) => _keyComments.Add(new KeyComment(key, span));

        public void AddMisleadingText(MisleadingText text) => _misleading.Add(text);

        public void Report(DiagnosticDescriptor descriptor, RelativeSpan span, params string[] arguments) =>
            _diagnostics.Add(descriptor, span, arguments);

        public ParsedEntry Finish()
        {
            _prose.Finish();
            return Build();
        }

        private ParsedEntry Build()
        {
            var citation = CitationText is null ? null : CitationParser.Parse(CitationText, TitleEn ?? TitleZh);
            return new()
            {
                FirstLine = FirstLine,
                HasLabelLine = HasLabelLine,
                Label = Label,
                // A label with no year (B-#1) takes the citation's.
                Year = Year == 0 && citation?.Year is { } citationYear ? citationYear : Year,
                Number = Number,
                LabelSpan = LabelSpan,
                KeyComments = _keyComments.ToEquatableArray(),
                Sections = _sections.ToEquatableArray(),
                HeaderSpan = HeaderSpan,
                TitleEn = TitleEn,
                TitleZh = TitleZh,
                TitleSpan = TitleSpan,
                CitationText = CitationText,
                CitationUrl = CitationUrl,
                CitationSpan = CitationSpan,
                CitationUrlSpan = CitationUrlSpan,
                CitationExtent = CitationExtent,
                Doi = CitationUrl is null ? null : DoiReader.FromUrl(CitationUrl),
                Citation = citation,
                AbstractEn = _prose.AbstractEn,
                AbstractZh = _prose.AbstractZh,
                NotesEn = _prose.NotesEn,
                NotesZh = _prose.NotesZh,
                Figures = _figures.ToEquatableArray(),
                Links = _links.ToEquatableArray(),
                HeaderLinks = _headerLinks.ToEquatableArray(),
                MisleadingCharacters = _misleading.ToEquatableArray(),
                // Text above a label is the page's; a chunk with no label keeps it only when it holds nothing else (page text).
                Preamble = _preamble.Count == 0 || (!HasLabelLine && (HeaderSpan is not null || _prose.HasText || _figures.Count > 0))
                    ? null
                    : string.Join("\n\n", _preamble),
                PreambleSpan = _preambleSpan ?? default,
                Diagnostics = _diagnostics.ToEquatableArray(),
            };
        }
    }
}
