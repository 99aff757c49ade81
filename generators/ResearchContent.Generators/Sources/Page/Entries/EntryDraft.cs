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
        private readonly List<string> _abstractEn = new();
        private readonly List<string> _abstractZh = new();
        private readonly List<string> _notesEn = new();
        private readonly List<string> _notesZh = new();
        private readonly List<ParsedFigure> _figures = new();
        private readonly List<EntryLink> _links = new();
        private readonly List<KeyComment> _keyComments = new();
        private readonly List<HeaderLink> _headerLinks = new();
        private readonly List<MisleadingText> _misleading = new();
        private readonly List<string> _preamble = new();
        private readonly List<SectionHeading> _sections = new();
        private RelativeSpan? _preambleSpan;
        private readonly Dictionary<string, string> _read = new();

        // The script of the abstract text read last (true: Chinese), to tell prose that goes back to a language from more abstract.
        private bool? _lastAbstractChinese;

        // The language of the last paragraph read as a note, until abstract text follows it.
        private bool? _lastNoteChinese;

        public EntryDraft(RelativeSpan firstLine) => FirstLine = firstLine;

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

        /// <summary>Adds a paragraph's text to the abstracts, each run of lines to the abstract of its script.</summary>
        public void AddAbstract(HtmlNode paragraph, RelativeSpan span) => AddAbstract(PlainText.Lines(paragraph), span);

        /// <summary>Adds lines of text to the abstracts, each run of lines to the abstract of its script.</summary>
        public void AddAbstract(IReadOnlyList<string> lines, RelativeSpan span)
        {
            // A remark typed on the line right below the abstract ("Preprint: arXiv:2302.04567") is a note from there on.
            for (var i = 1; i < lines.Count; i++)
            {
                if (NoteLabel.Opens(lines[i].Trim()))
                {
                    AddAbstract(lines.Take(i).ToList(), span);
                    AddNote(lines.Skip(i).ToList(), span);
                    return;
                }
            }

            var runs = ScriptRuns.Split(lines);
            if (runs.Count == 0)
            {
                return;
            }

            // A brief sentence and its translation ("Also presented at ICRA 2022.<br>同时在 ICRA 2022 上宣读。") is a
            // remark, before the abstract or after it: an abstract and its translation run longer.
            var written = PlainText.WrittenLines(lines);
            if (written.Count == 2 && Script.IsChinese(written[0]) != Script.IsChinese(written[1]) && written.All(Sentence.IsBrief))
            {
                // Each line in its language, though a brief Chinese line may be too short to tell a run of its own.
                AddNote(new[] { written[0] }, span);
                AddNote(new[] { written[1] }, span);
                _lastNoteChinese = null;
                return;
            }

            // An abstract is written in one language, then in the other. Prose that goes back to a language the
            // abstract has left ("Deployed in our hospital since 2022." after the Chinese abstract) is a remark about
            // the paper, not more abstract.
            var opensChinese = Script.OpensChinese(runs[0]);
            if (_lastAbstractChinese is { } last && last != opensChinese && (opensChinese ? _abstractZh : _abstractEn).Count > 0)
            {
                AddText(runs, span, _notesEn, _notesZh, "the English notes", "the Chinese notes");
                return;
            }

            // A sentence right after a remark, in the other language ("*Correspondence in The Lancet, …*" then
            // "本文为《柳叶刀》通讯文章，无摘要。"), is the remark's translation, unless it is the first text in its language
            // after an abstract in the remark's: then it is that abstract's translation.
            if (_lastNoteChinese is { } noteChinese && runs.Count == 1 && Script.IsChinese(runs[0]) != noteChinese && Sentence.IsBrief(runs[0])
                && ((noteChinese ? _abstractEn : _abstractZh).Count > 0 || (noteChinese ? _abstractZh : _abstractEn).Count == 0))
            {
                AddNote(lines, span);
                return;
            }

            AddText(runs, span, _abstractEn, _abstractZh, "the English abstract", "the Chinese abstract");
            _lastAbstractChinese = Script.IsChinese(runs[runs.Count - 1]);
            _lastNoteChinese = null;
        }

        /// <summary>
        /// Adds a paragraph of text that is neither abstract nor caption (a <c>&lt;div class="note"&gt;</c>, a list of
        /// highlights) to the notes, each run of lines to the notes of its script.
        /// </summary>
        public void AddNote(IReadOnlyList<string> lines, RelativeSpan span)
        {
            var runs = ScriptRuns.Split(lines);
            AddText(runs, span, _notesEn, _notesZh, "the English notes", "the Chinese notes");
            // A remark already given in both languages has no translation to follow.
            var scripts = PlainText.WrittenLines(lines).Select(Script.IsChinese).Distinct().ToList();
            _lastNoteChinese = runs.Count == 0 ? _lastNoteChinese : scripts.Count == 1 ? scripts[0] : null;
        }

        private void AddText(IReadOnlyList<string> runs, RelativeSpan span, List<string> english, List<string> chinese, string englishName, string chineseName)
        {
            foreach (var run in runs)
            {
                // Normalized once: a run is an abstract, a few kilobytes, and normalizing is most of what this costs.
                var key = ComparableText.Normalize(run);
                if (IsRepeatKey(key, span, "paragraph"))
                {
                    continue;
                }

                var isChinese = Script.IsChinese(run);
                (isChinese ? chinese : english).Add(run);
                _read[key] = isChinese ? chineseName : englishName;
            }
        }

        /// <summary>
        /// Whether the text was read already, as an abstract paragraph or a caption: then it is reported and left out,
        /// since an abstract pasted again under a figure is a slip, not more abstract. Otherwise it is remembered.
        /// </summary>
        public bool IsRepeat(string text, RelativeSpan span, string what) => IsRepeatKey(ComparableText.Normalize(text), span, what);

        private bool IsRepeatKey(string key, RelativeSpan span, string what)
        {
            if (key.Length == 0)
            {
                return false;
            }

            if (_read.TryGetValue(key, out var first))
            {
                Report(DiagnosticDescriptors.RepeatedText, span, what, first);
                return true;
            }

            return false;
        }

        /// <summary>Remembers a caption, so that a paragraph repeating it is reported.</summary>
        public void RememberCaption(string text) => _read[ComparableText.Normalize(text)] = "a figure caption";

        public void AddFigures(IEnumerable<ParsedFigure> figures) => _figures.AddRange(figures);

        public void AddLink(string url, RelativeSpan span) => _links.Add(new EntryLink(url, span));

        /// <summary>A paragraph before the label: the page's introduction above its first entry.</summary>
        public void AddPreamble(string text, RelativeSpan span)
        {
            if (text.Length > 0)
            {
                _preamble.Add(text);
                _preambleSpan ??= span;
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

        public ParsedEntry Finish() => new()
        {
            FirstLine = FirstLine,
            HasLabelLine = HasLabelLine,
            Label = Label,
            Year = Year,
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
            Citation = CitationText is null ? null : CitationParser.Parse(CitationText, TitleEn ?? TitleZh),
            AbstractEn = Join(_abstractEn),
            AbstractZh = Join(_abstractZh),
            NotesEn = Join(_notesEn),
            NotesZh = Join(_notesZh),
            Figures = _figures.ToEquatableArray(),
            Links = _links.ToEquatableArray(),
            HeaderLinks = _headerLinks.ToEquatableArray(),
            MisleadingCharacters = _misleading.ToEquatableArray(),
            // Text above a label is the page's; a chunk with no label keeps it only when it holds nothing else (page text).
            Preamble = _preamble.Count == 0 || (!HasLabelLine && (HeaderSpan is not null || _abstractEn.Count + _abstractZh.Count + _notesEn.Count + _notesZh.Count + _figures.Count > 0))
                ? null
                : string.Join("\n\n", _preamble),
            PreambleSpan = _preambleSpan ?? default,
            Diagnostics = _diagnostics.ToEquatableArray(),
        };

        private static string? Join(List<string> paragraphs) => paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs);
    }
}
