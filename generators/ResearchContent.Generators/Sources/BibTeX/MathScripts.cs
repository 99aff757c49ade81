using System.Text;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// Superscripts and subscripts in the small mathematics of titles: <c>$10^{-3}$</c> is 10⁻³, <c>$m^2$</c> is m²,
    /// <c>$^\circ$C</c> is °C, <c>$H_2O$</c> is H₂O. Unicode has raised and lowered forms of few characters; when one
    /// character of a script has none (<c>$M_w$</c>), the whole script is kept as plain text (Mw), which is how the
    /// magnitude is written in plain text anyway.
    /// </summary>
    internal static class MathScripts
    {
        private const string Plain = "0123456789+-−=()ni∘";
        private const string Raised = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ°";
        private const string PlainLowered = "0123456789+-−=()aeoxhklmnpst";
        private const string Lowered = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ";

        /// <summary>The text raised, or as it is when a character has no raised form.</summary>
        public static string Raise(string text) => Map(text, Plain, Raised);

        /// <summary>The text lowered, or as it is when a character has no lowered form.</summary>
        public static string Lower(string text) => Map(text, PlainLowered, Lowered);

        private static string Map(string text, string from, string to)
        {
            var mapped = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                var index = from.IndexOf(c);
                if (index < 0)
                {
                    // The prime of $x^\prime$ and a degree sign already raised are raised characters themselves.
                    if (c is '′' or '°')
                    {
                        mapped.Append(c);
                        continue;
                    }

                    return text;
                }

                mapped.Append(to[index]);
            }

            return mapped.ToString();
        }
    }
}
