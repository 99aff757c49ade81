using ResearchContent.Generators.Primitives;
using ResearchContent.Storage;
using static ResearchContent.Generators.Emit.GeneratedNames;
using static ResearchContent.Generators.Emit.GlobalTypeNames;

namespace ResearchContent.Generators.Emit
{
    /// <summary>
    /// Writes the switches that find the block of a chunk of publications: a tree whose switches have at most
    /// <see cref="StorageLayout.SwitchWidth"/> arms each, so that no generated switch grows with the catalog (a switch
    /// of 100,000 arms costs the compiler far more than the lookup it saves). 64 × 64 blocks need two levels; each
    /// further level multiplies the reach by 64.
    /// </summary>
    internal static class BlockSwitchEmitter
    {
        public static void Write(SourceWriter writer, int chunkCount)
        {
            var levels = 1;
            for (long reach = StorageLayout.SwitchWidth; reach < chunkCount; reach *= StorageLayout.SwitchWidth)
            {
                levels++;
            }

            writer.WriteLine("/// <summary>The block of data that holds chunk <paramref name=\"chunk\"/> of the publications.</summary>");
            WriteNode(writer, BlockOfMethod, levels, 0, chunkCount);
        }

        private static void WriteNode(SourceWriter writer, string name, int level, int firstChunk, int endChunk)
        {
            var span = Span(level);
            var arms = (int)System.Math.Min(StorageLayout.SwitchWidth, ((endChunk - firstChunk) + span - 1) / span);
            var offset = firstChunk == 0 ? "chunk" : $"(chunk - {Invariant.Number(firstChunk)})";
            var selector = span == 1 ? offset : $"({offset} / {Invariant.Number((int)span)})";
            writer.WriteLine($"internal static {ReadOnlySpan}<byte> {name}(int chunk) => {selector} switch");
            writer.OpenBlock();
            for (var arm = 0; arm < arms; arm++)
            {
                var first = firstChunk + (int)(arm * span);
                writer.WriteLine(level == 1
                    ? $"{Invariant.Number(arm)} => {Chunk(first)},"
                    : $"{Invariant.Number(arm)} => {Blocks(level - 1, first)}(chunk),");
            }

            writer.WriteLine($"_ => throw new {ArgumentOutOfRangeException}(nameof(chunk)),");
            writer.CloseBlock("};");

            if (level == 1)
            {
                return;
            }

            for (var arm = 0; arm < arms; arm++)
            {
                var first = firstChunk + (int)(arm * span);
                var end = (int)System.Math.Min(endChunk, first + span);
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The blocks of chunks {Invariant.Number(first)} to {Invariant.Number(end - 1)}.</summary>");
                WriteNode(writer, Blocks(level - 1, first), level - 1, first, end);
            }
        }

        /// <summary>How many chunks one arm of a switch at <paramref name="level"/> covers.</summary>
        private static long Span(int level)
        {
            long span = 1;
            for (var i = 1; i < level; i++)
            {
                span *= StorageLayout.SwitchWidth;
            }

            return span;
        }
    }
}
