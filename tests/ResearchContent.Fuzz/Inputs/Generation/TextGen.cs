using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ResearchContent.Fuzz.Inputs.Generation
{
    /// <summary>Combinators of string generators that the page, collection and BibTeX generators share.</summary>
    internal static class TextGen
    {
        public static Gen<string> Concat(params Gen<string>[] parts) => Gen.CollectToArray(parts).Select(string.Concat);

        public static Gen<string> Join(string separator, Gen<string> item, int min, int max) =>
            Gen.Choose(min, max).SelectMany(n => item.ArrayOf(n)).Select(items => string.Join(separator, items));

        public static Gen<string> Literal(params string[] choices) => Gen.Elements(choices);

        /// <summary>Mostly the usual part, sometimes any of the odd ones: a generated file stays mostly readable.</summary>
        public static Gen<string> Usually(Gen<string> usual, params Gen<string>[] odd) =>
            odd.Length == 0 ? usual : Gen.Frequency(odd.Select(g => (1, g)).Prepend((odd.Length * 4, usual)).ToArray());

        /// <summary>A value of some length, from empty to very long, built from the given piece.</summary>
        public static Gen<string> Sized(Gen<string> piece) => Gen.Frequency(
            (2, Gen.Constant(string.Empty)),
            (12, Join(" ", piece, 1, 12)),
            (1, Join(" ", piece, 100, 400)),
            (1, piece.Select(p => string.Concat(Enumerable.Repeat(p + " ", 20_000)))));
    }
}
