using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// Russia's GOST 7.1 separates a title from its journal with a spaced double slash: <c>Title // Remote Sensing. – 2022. –
    /// Vol. 14, No. 9. – P. 2150.</c> (the spaced dashes between the source's parts are read like any field dash). GB/T
    /// 7714's <c>[C]//</c> glues its slashes to the type code and is left to its reader.
    /// </summary>
    internal static class GostSeparator
    {
        private static readonly GuardedRegex DoubleSlash = new(
            CitationRegex.Create(@"(?<=[^\]\s])\s+//\s+(?=\p{Lu})"),
            // Needs the slashes.
            text => Literal.In(text, " // "));

        public static string ToFullStop(string text) => DoubleSlash.Replace(text, ". ");
    }
}
