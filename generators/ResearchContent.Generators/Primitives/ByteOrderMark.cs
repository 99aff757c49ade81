namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// A leading U+FEFF. The compiler's decoder drops a file's byte-order mark, but a text handed over as a string (an
    /// IDE buffer, a second mark) can still start with one; Jekyll drops it, and so do the readers.
    /// </summary>
    internal static class ByteOrderMark
    {
        public static bool Leads(string text) => text.Length > 0 && text[0] == '\uFEFF';

        public static string Strip(string text) => Leads(text) ? text.Substring(1) : text;
    }
}
