using System.Text;

namespace ResearchContent.Generators.Primitives
{
    /// <summary>Compares text as readers do: ignoring case, punctuation and spacing.</summary>
    internal static class ComparableText
    {
        public static bool Contains(string text, string part)
        {
            var needle = Normalize(part);
            return needle.Length == 0 || Normalize(text).Contains(needle);
        }

        public static string Normalize(string text)
        {
            // "InSAR &amp; GNSS" in a header and "InSAR and GNSS" in its citation are the same title.
            var builder = new StringBuilder(text.Length);
            foreach (var c in UnicodeNormalization.Normalize(text.Replace("&", " and "), NormalizationForm.FormKC))
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
