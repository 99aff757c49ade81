using System.Globalization;

namespace ResearchContent.Generators.Primitives
{
    /// <summary>
    /// Numbers as the generated code and the diagnostics write them: always in the invariant culture, so that a
    /// build on a machine set to another language writes the same bytes.
    /// </summary>
    internal static class Invariant
    {
        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
