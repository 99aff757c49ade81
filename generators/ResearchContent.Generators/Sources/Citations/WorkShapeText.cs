namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>The title a work shape sets apart: the text before the shape's markers, without its separator.</summary>
    internal static class WorkShapeText
    {
        public static string? Title(string text)
        {
            var title = CitationText.TrimTitlePunctuation(EditionMark.Remove(text.Trim()));
            return title.Length == 0 ? null : title;
        }
    }
}
