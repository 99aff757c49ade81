using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ResearchContent.Fuzz.Inputs
{
    /// <summary>
    /// Inputs made by mutating the seed corpus. Most stay bytes, decoded as the compiler decodes a file; one in four
    /// becomes a string with lone surrogates put in, as an editor's buffer can hold; one in ten brings other seed
    /// files along (the shuffled-order check needs several files).
    /// </summary>
    internal sealed class MutatedInputs
    {
        private static readonly string[] Surrogates = { "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800" };

        private readonly SeedCorpus _corpus;

        public MutatedInputs(SeedCorpus corpus) => _corpus = corpus;

        public FuzzInput Create(int seed)
        {
            var random = new Random(seed);
            var seeds = _corpus.Files;
            var original = seeds[random.Next(seeds.Count)];
            var other = seeds[random.Next(seeds.Count)];
            var steps = new List<string>();
            var bytes = ByteMutator.Mutate(original.Bytes!, other.Bytes!, random, steps);
            var file = FuzzFile.FromBytes(original.Path, bytes);
            if (random.Next(4) == 0)
            {
                file = FuzzFile.FromText(original.Path, WithLoneSurrogates(file.Decoded(), random));
                steps.Add("lone surrogates");
            }

            var files = new List<FuzzFile> { file };
            if (random.Next(10) == 0)
            {
                foreach (var extra in seeds.Where(s => s.Path != original.Path).OrderBy(_ => random.Next()).Take(1 + random.Next(3)))
                {
                    files.Add(random.Next(2) == 0 ? extra : FuzzFile.FromBytes(extra.Path, ByteMutator.Mutate(extra.Bytes!, bytes, random, steps)));
                }
            }

            var name = "mutated " + original.Path + " (seed " + seed + "): " + string.Join(", ", steps.Take(20));
            return new FuzzInput(InputKind.Mutated, name, files);
        }

        private static string WithLoneSurrogates(string text, Random random)
        {
            var builder = new StringBuilder(text);
            for (var i = 1 + random.Next(4); i > 0; i--)
            {
                builder.Insert(random.Next(builder.Length + 1), Surrogates[random.Next(Surrogates.Length)]);
            }

            return builder.ToString();
        }
    }
}
