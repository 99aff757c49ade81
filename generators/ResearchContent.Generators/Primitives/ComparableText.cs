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
