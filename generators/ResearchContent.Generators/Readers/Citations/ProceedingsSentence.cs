namespace ResearchContent.Generators.Readers.Citations
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
                if (WorkShapeReader.IsConference(sentences[i]) && char.IsUpper(sentences[i].TrimStart()[0]))
                {
                    title = CitationText.TrimTitlePunctuation(string.Join(". ", sentences, 0, i));
                    proceedings = ContainerName.WithoutPlace(CitationText.CleanContainer(rest));
                    return title.Length > 0;
                }
            }

            return false;
        }
    }
}
