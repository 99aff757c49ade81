using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Angewandte Chemie's two editions, which Wiley-VCH's style cites together: <c>Angew. Chem. Int. Ed. 2017, 56,
    /// 12345–12349; Angew. Chem. 2017, 129, 12517–12521.</c> The first is the work's record; the parallel edition after the
    /// semicolon, with its own year, volume and pages, is the same work again and no field of ours.
    /// </summary>
    internal static class ParallelEdition
    {
        private static readonly Regex SecondSource = CitationRegex.Create(
            @"(?<=\b(?:19|20)\d\d,\s?\d{1,4},\s?[A-Za-z]?\d[\d–\-]*);\s(?:\p{Lu}\p{L}*\.?\s){1,5}(?:19|20)\d\d,\s?\d{1,4},\s?[A-Za-z]?\d[\d–\-]*(?=[.\s]*$)");

        public static string Remove(string text) => text.IndexOf(';') < 0 ? text : SecondSource.Replace(text, string.Empty);
    }
}
