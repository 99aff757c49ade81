using System.Text.RegularExpressions;
using ResearchContent.Generators.Primitives;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// What NLM's Vancouver style adds around the fields of an online work: <c>[Internet]</c> after the title,
    /// <c>[cited 2024 Mar 2]</c> inside the date, and the place before the publisher with its state in parentheses
    /// (<c>Atlanta (GA): Publisher; 2019.</c>). None is a field; left in, the marker joins the title and the place the issuer.
    /// A patent's roles too: <c>Ng AY, inventor; Google LLC, assignee. Title. United States patent US 10,984,321.</c> The
    /// inventors are the authors; the assignee owns the patent and is no field.
    /// </summary>
    internal static class NlmMarkers
    {
        private static readonly GuardedRegex Markers = new(
            CitationRegex.Create(@"\s*\[(?:Internet|cited\s+(?:19|20)\d\d(?:\s+\p{L}{3,9}\.?(?:\s+\d{1,2})?)?)\]", RegexOptions.IgnoreCase),
            // Needs a bracket.
            text => Literal.In(text, '['));

        // "Atlanta (GA): ", "Bethesda (MD): ", after a sentence's end and before the publisher: only a place names its state so.
        private static readonly GuardedRegex PlaceWithState = new(
            CitationRegex.Create(@"(?<=\.\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s\(\p{Lu}{2}\):\s(?=\p{Lu})"),
            // Needs "):" after the state.
            text => Literal.In(text, "):"));

        private static readonly GuardedRegex PatentRoles = new(
            CitationRegex.Create(@",\s*inventors?(?:;\s*[^.;]+?,\s*assignee)?(?=\.\s)"),
            // Needs the word "inventor".
            text => Literal.In(text, "inventor"));

        public static string Remove(string text) =>
            PatentRoles.Replace(PlaceWithState.Replace(Markers.Replace(text, string.Empty), string.Empty), string.Empty);
    }
}
