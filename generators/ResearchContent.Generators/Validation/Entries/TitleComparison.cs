using System.Text;

namespace ResearchContent.Generators.Validation.Entries
{
    /// <summary>Compares titles as readers do: ignoring case, punctuation and spacing.</summary>
    internal static class TitleComparison
    {
        public static bool CitationContainsTitle(string citation, string title)
        {
            var needle = Normalize(title);
            return needle.Length == 0 || Normalize(citation).Contains(needle);
        }

        public static string Normalize(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text.Normalize(NormalizationForm.FormKC))
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }

            return builder.ToString();
        }
    }
}
