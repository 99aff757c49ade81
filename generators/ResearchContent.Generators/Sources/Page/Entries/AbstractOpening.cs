using System;
using System.Collections.Generic;
using System.Linq;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Page.Entries
{
    /// <summary>
    /// Where an entry's abstract begins. A run-in label (<c>Abstract: …</c>, <c>摘要：…</c>) says so, and whatever the
    /// paragraph holds above that line (<c>本文为《生态学报》专刊特邀综述。</c>) is a remark; the label itself is no more
    /// abstract text than a heading that says Abstract. Before any abstract in its language, a paragraph of one brief
    /// sentence (<c>Selected as Editor's Choice.</c>, <c>Received 3 May 2022; accepted 1 Sep 2022</c>) is held until the
    /// entry says what it is: a remark when a longer abstract paragraph in its language follows (the shortest abstracts
    /// run longer), or, with none, when an abstract in the other language is far longer than its translation could be;
    /// otherwise it is the abstract itself (a brief abstract, or a brief translation).
    /// </summary>
    internal sealed class AbstractOpening
    {
        private static readonly string[] Labels = { "Abstract", "ABSTRACT", "摘要", "内容摘要", "中文摘要", "英文摘要" };

        private readonly List<Held> _held = new();

        /// <summary>The paragraph's lines split at a run-in abstract label: the remark above it, and the abstract without its label.</summary>
        public static (IReadOnlyList<string> Remark, IReadOnlyList<string> Abstract) SplitAtLabel(IReadOnlyList<string> lines)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (WithoutLabel(lines[i]) is { } rest)
                {
                    return (lines.Take(i).ToList(), new[] { rest }.Concat(lines.Skip(i + 1)).ToList());
                }
            }

            return (Array.Empty<string>(), lines);
        }

        /// <summary>Holds the paragraph when it is one brief sentence before any abstract in its language.</summary>
        /// <param name="lines">The paragraph's lines.</param>
        /// <param name="span">Where the paragraph is.</param>
        /// <param name="abstractLength">The length of the abstract read so far in Chinese (<see langword="true"/>) or English.</param>
        public bool Hold(IReadOnlyList<string> lines, RelativeSpan span, Func<bool, int> abstractLength)
        {
            var written = PlainText.WrittenLines(lines);
            if (written.Count != 1 || !Sentence.IsBrief(written[0]) || NoteLabel.OpensAbstractSection(written[0]))
            {
                return false;
            }

            // After an abstract in the other language as brief as its translation would be, it is that translation.
            var chinese = Script.IsChinese(written[0]);
            var other = abstractLength(!chinese);
            if (abstractLength(chinese) > 0 || (other > 0 && !IsLongerThanItsTranslation(other, chinese, written[0].Length)))
            {
                return false;
            }

            _held.Add(new Held(lines, span, chinese, written[0].Length));
            return true;
        }

        /// <summary>The paragraphs held in the language, released: abstract text in that language follows them, so they are remarks.</summary>
        public IReadOnlyList<Held> Release(bool chinese)
        {
            var released = _held.Where(held => held.Chinese == chinese).ToList();
            _held.RemoveAll(held => held.Chinese == chinese);
            return released;
        }

        /// <summary>What is still held when the entry ends, released, each saying whether it is a remark.</summary>
        /// <param name="abstractLength">The length of the entry's abstract in Chinese (<see langword="true"/>) or English.</param>
        public IReadOnlyList<(Held Paragraph, bool IsRemark)> ReleaseAtEnd(Func<bool, int> abstractLength)
        {
            var released = _held.Select(held => (held, IsLongerThanItsTranslation(abstractLength(!held.Chinese), held.Chinese, held.Length))).ToList();
            _held.Clear();
            return released;
        }

        // Chinese takes about a third to a half of the characters English does: a Chinese sentence may translate
        // English up to six times its length, an English sentence Chinese up to its own.
        private static bool IsLongerThanItsTranslation(int otherLength, bool chinese, int length) => otherLength > (chinese ? 6 : 1) * length;

        /// <summary>The line without its run-in abstract label, or <see langword="null"/> when it opens with none.</summary>
        private static string? WithoutLabel(string line)
        {
            var text = line.TrimStart();
            foreach (var label in Labels)
            {
                if (text.StartsWith(label, StringComparison.Ordinal) && text.Length > label.Length && text[label.Length] is ':' or '：' or '.')
                {
                    var rest = text.Substring(label.Length + 1).Trim();
                    return rest.Length > 0 ? rest : null;
                }
            }

            return null;
        }

        /// <summary>A paragraph held: its lines, where it is, its language and its length.</summary>
        internal sealed record Held(IReadOnlyList<string> Lines, RelativeSpan Span, bool Chinese, int Length);
    }
}
