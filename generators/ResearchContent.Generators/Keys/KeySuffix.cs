namespace ResearchContent.Generators.Keys
{
    /// <summary>
    /// The letter that makes the n-th later holder of a derived key unique: <c>b</c>, <c>c</c>, … as BibTeX tools
    /// write <c>wang2021deepb</c>; the first holder keeps the key without one.
    /// </summary>
    internal static class KeySuffix
    {
        public static string For(int n) => n <= 25 ? ((char)('a' + n)).ToString() : "z" + For(n - 25);
    }
}
