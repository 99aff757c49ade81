using System;
using System.Collections.Generic;
using System.Text;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// The front-matter fields that hold a link: every name ending in <c>url</c>, as academicpages' <c>paperurl</c>,
    /// <c>slidesurl</c> and <c>bibtexurl</c>, and the <c>codeurl</c> or <c>video_url</c> sites add. Each becomes a
    /// link named by what precedes <c>url</c>.
    /// </summary>
    internal static class LinkField
    {
        /// <summary>The paper itself: the publication's <c>Url</c> as well as its "Paper" link.</summary>
        public const string PaperName = "paper";

        private const string Suffix = "url";

        // The texts the academicpages templates print, and words whose usual spelling capitalizing cannot give.
        private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
        {
            [PaperName] = "Paper",
            ["slides"] = "Slides",
            ["bibtex"] = "BibTeX",
            ["bib"] = "BibTeX",
            ["pdf"] = "PDF",
            ["doi"] = "DOI",
            ["arxiv"] = "arXiv",
            ["github"] = "GitHub",
            ["html"] = "HTML",
            ["ssrn"] = "SSRN",
            [string.Empty] = "Link",
        };

        /// <summary>Whether the front-matter name holds a link: it ends in <c>url</c>, in any case.</summary>
        public static bool IsLink(string name) => name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// What precedes <c>url</c>, lower-case, without separators: <c>paper</c> for <c>paperurl</c>, <c>paper_url</c>
        /// and <c>paperURL</c>.
        /// </summary>
        public static string Stem(string name)
        {
            var builder = new StringBuilder(name.Length);
            foreach (var c in name.Substring(0, name.Length - Suffix.Length))
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }

        /// <summary>The link's text: the template's own ("Paper", "Slides", "BibTeX"), else the name's words capitalized ("code_url" → "Code").</summary>
        public static string TextOf(string name)
        {
            if (Texts.TryGetValue(Stem(name), out var text))
            {
                return text;
            }

            var words = new List<string>();
            foreach (var word in name.Substring(0, name.Length - Suffix.Length).Split(new[] { '_', '-', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(char.ToUpperInvariant(word[0]) + word.Substring(1));
            }

            return string.Join(" ", words);
        }
    }
}
