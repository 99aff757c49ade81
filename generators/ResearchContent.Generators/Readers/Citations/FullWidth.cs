using System.Text;

namespace ResearchContent.Generators.Readers.Citations
{
    /// <summary>Chinese citations separate fields with full-width punctuation (<c>，：．；（）</c>); read as their ASCII forms.</summary>
    internal static class FullWidth
    {
        public static string ToAscii(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(c switch
                {
                    '，' => ", ",
                    '、' => ", ",
                    '：' => ": ",
                    '；' => "; ",
                    '．' => ". ",
                    '。' => ". ",
                    '（' => "(",
                    '）' => ")",
                    _ => c.ToString(),
                });
            }

            return builder.ToString();
        }
    }
}
