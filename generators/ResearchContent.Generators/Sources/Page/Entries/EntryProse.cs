using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Diagnostics;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// An entry's prose: its abstracts and notes, each paragraph routed by its language and its shape (a remark's label,
    /// a declaration's formula, a brief sentence before the abstract, a translation), and text pasted twice reported.
    /// </summary>
    internal sealed class EntryProse
    {
        private readonly EntryDiagnosticList _diagnostics;
        private readonly List<string> _abstractEn = new();
        private readonly List<string> _abstractZh = new();
        private readonly List<string> _notesEn = new();
        private readonly List<string> _notesZh = new();
        private readonly Dictionary<string, string> _read = new();
        private readonly AbstractOpening _opening = new();

        // The script of the abstract text read last (true: Chinese), to tell prose that goes back to a language from more abstract.
        private bool? _lastAbstractChinese;

        // The language of the last paragraph read as a note, until abstract text follows it.
        private bool? _lastNoteChinese;

        public EntryProse(EntryDiagnosticList diagnostics) => _diagnostics = diagnostics;

        public string? AbstractEn => Join(_abstractEn);

        public string? AbstractZh => Join(_abstractZh);

        public string? NotesEn => Join(_notesEn);

        public string? NotesZh => Join(_notesZh);

        /// <summary>Whether any abstract or note text was read.</summary>
        public bool HasText => _abstractEn.Count + _abstractZh.Count + _notesEn.Count + _notesZh.Count > 0;

        /// <summary>Adds lines of text to the abstracts, each run of lines to the abstract of its script.</summary>
        public void AddAbstract(IReadOnlyList<string> lines, RelativeSpan span)
        {
            // A kramdown attribute list on its own line styles the paragraph above and shows nothing.
            if (lines.Any(KramdownAttributes.IsListLine))
            {
                lines = lines.Where(line => !KramdownAttributes.IsListLine(line)).ToList();
            }

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

            var (remark, abstractLines) = AbstractOpening.SplitAtLabel(lines);
            if (remark.Count > 0)
            {
                AddNote(remark, span);
            }

            if (!_opening.Hold(abstractLines, span, AbstractLength))
            {
                ReadAbstract(abstractLines, span);
            }
        }

        private void ReadAbstract(IReadOnlyList<string> lines, RelativeSpan span)
        {
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

            ReleaseHeldRemarks(runs);
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
            // Brief lines in both languages ("Press: News & Views<br>媒体报道：新华网") are a remark and its counterpart,
            // each in its language, though a brief Chinese line is too short for ScriptRuns to split off on its own.
            var written = PlainText.WrittenLines(lines);
            var runs = written.Count > 1 && written.All(Sentence.IsBrief) && written.Select(Script.IsChinese).Distinct().Count() == 2
                ? written.Select(PlainText.Collapse).ToList()
                : ScriptRuns.Split(lines);
            AddText(runs, span, _notesEn, _notesZh, "the English notes", "the Chinese notes");
            // A remark already given in both languages has no translation to follow.
            var scripts = written.Select(Script.IsChinese).Distinct().ToList();
            _lastNoteChinese = runs.Count == 0 ? _lastNoteChinese : scripts.Count == 1 ? scripts[0] : null;
        }

        // A brief sentence held before the abstract is a remark once abstract text in its language follows it; a note
        // after it says nothing ("We propose X.<br>Preprint: arXiv:…" is a one-line abstract and a remark).
        private void ReleaseHeldRemarks(IReadOnlyList<string> runs)
        {
            foreach (var chinese in runs.Select(Script.IsChinese).Distinct())
            {
                foreach (var held in _opening.Release(chinese))
                {
                    AddNote(held.Lines, held.Span);
                }
            }
        }

        private int AbstractLength(bool chinese) => (chinese ? _abstractZh : _abstractEn).Sum(text => text.Length);

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
                _diagnostics.Add(DiagnosticDescriptors.RepeatedText, span, what, first);
                return true;
            }

            return false;
        }

        /// <summary>Remembers a caption, so that a paragraph repeating it is reported.</summary>
        public void RememberCaption(string text) => _read[ComparableText.Normalize(text)] = "a figure caption";

        /// <summary>Settles what was held before the abstract when the entry ends: a remark, or the abstract itself.</summary>
        public void Finish()
        {
            foreach (var (held, isRemark) in _opening.ReleaseAtEnd(AbstractLength))
            {
                if (isRemark)
                {
                    AddNote(held.Lines, held.Span);
                }
                else
                {
                    ReadAbstract(held.Lines, held.Span);
                }
            }
        }

        private static string? Join(List<string> paragraphs) => paragraphs.Count == 0 ? null : string.Join("\n\n", paragraphs);
    }
}
