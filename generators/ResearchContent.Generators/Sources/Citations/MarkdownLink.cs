using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A Markdown link typed around a title on a hand-edited page: <c>[Title](https://doi.org/10.…)</c>. The text is the
    /// title and the target a link like any other (a DOI when it is one); left as typed, the brackets and the link's
    /// parentheses would run the title into the journal.
    /// </summary>
    internal static class MarkdownLink
    {
        private static readonly GuardedRegex Link = new(
            CitationRegex.Create(@"\[(?<text>[^\[\]]{3,})\]\((?<target>(?:https?://|www\.)[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)\)"),
            // Needs "](" between the text and the target.
            text => Literal.In(text, "]("));

        // A link named for what it leads to ("[DOI](https://doi.org/…)", "[PDF](…)") says nothing of the work: only its target stays.
        private static readonly Regex LinkWord = CitationRegex.Create(@"^\s*(?:DOI|PDF|Link|URL|Full\s+text|Paper|Online)\s*$", RegexOptions.IgnoreCase);

        // The title's sentence ends before the link, which the cleaner then takes out with its own full stop.
        public static string Unwrap(string text) => Link.Replace(
            text,
            match => (LinkWord.IsMatch(match.Groups["text"].Value) ? string.Empty : match.Groups["text"].Value + ". ") + match.Groups["target"].Value);
    }
}
