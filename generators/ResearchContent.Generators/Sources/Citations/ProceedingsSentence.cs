namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A title followed by a proceedings' name in a sentence of its own, without "In": <c>Title. Proc. ISPRS Hannover
    /// Workshop 2009, Hannover, Germany</c>. The place after the name is no part of it.
    /// </summary>
    internal static class ProceedingsSentence
    {
        public static bool TrySplit(string head, out string? title, out string? proceedings)
        {
            title = proceedings = null;
            var sentences = Sentences.Split(head);
            for (var i = 1; i < sentences.Length; i++)
            {
                var rest = string.Join(". ", sentences, i, sentences.Length - i);
                if (WorkShapeReader.IsConference(sentences[i]) && OpensName(sentences[i].TrimStart()))
                {
                    title = CitationText.TrimTitlePunctuation(string.Join(". ", sentences, 0, i));
                    proceedings = ContainerName.WithoutPlace(ContainerName.Clean(rest) ?? string.Empty);
                    return title.Length > 0;
                }
            }

            // A question ends its sentence too: "…a locking-depth gradient? EGU General Assembly 2021, online, …".
            var question = head.IndexOf("? ", System.StringComparison.Ordinal);
            if (question > 0 && head.Substring(question + 2) is { Length: > 0 } after && OpensName(after) && WorkShapeReader.IsConference(after.Split(',')[0]))
            {
                title = head.Substring(0, question + 1).Trim();
                proceedings = ContainerName.WithoutPlace(ContainerName.Clean(after) ?? string.Empty);
                return true;
            }

            return false;
        }

        /// <summary>
        /// A meeting's name and its place with no title before them, as lists print a talk known by its meeting:
        /// <c>The 101st CSJ Annual Meeting, Online</c>, <c>International Conference on Coordination Chemistry (ICCC 2022), Rimini, Italy</c>.
        /// </summary>
        public static string? MeetingAlone(string head)
        {
            var segments = head.Split(new[] { ", " }, System.StringSplitOptions.None);
            if (segments.Length < 2 || head.IndexOfAny(new[] { '.', '?', '!' }) >= 0 || !OpensName(segments[0].Trim())
                || !WorkShapeReader.IsConference(segments[0]))
            {
                return null;
            }

            var name = ContainerName.WithoutPlace(CitationText.CleanContainer(head));
            return name == segments[0].Trim() ? name : null;
        }

        /// <summary>A meeting's name opens with a capital, its year ("2022 Annual Conference of …") or a lower-case prefix ("vEGU21").</summary>
        private static bool OpensName(string text) =>
            text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || (text.Length > 1 && char.IsLower(text[0]) && char.IsUpper(text[1])));

        /// <summary>
        /// The same after a comma, as hand-edited lists print talks and abstracts: <c>Title, IGARSS'14, Québec, Canada</c>,
        /// <c>Title, AGU Fall Meeting 2022, Chicago, IL</c>. The title is everything before the meeting's name.
        /// </summary>
        public static bool TrySplitAtComma(string head, out string? title, out string? proceedings)
        {
            title = proceedings = null;
            var segments = head.Split(new[] { ", " }, System.StringSplitOptions.None);
            for (var i = 1; i < segments.Length; i++)
            {
                var segment = segments[i].Trim();
                if (OpensName(segment) && WorkShapeReader.IsConference(segment))
                {
                    // "American Geophysical Union, Fall Meeting 2019": the society that holds the meeting is part of its name.
                    i = i >= 2 && OrganizationName.IsOrganization(segments[i - 1]) ? i - 1 : i;
                    title = CitationText.TrimTitlePunctuation(string.Join(", ", segments, 0, i));
                    proceedings = ContainerName.WithoutPlace(CitationText.CleanContainer(string.Join(", ", segments, i, segments.Length - i)));
                    return title.Length > 0;
                }
            }

            return false;
        }
    }
}
