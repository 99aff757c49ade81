using static ResearchContent.Generators.Emit.GlobalTypeNames;

namespace ResearchContent.Generators.Emit
{
    /// <summary>Writes a factory method that builds a read-only list from one UTF-8 blob.</summary>
    internal static class ListFactoryEmitter
    {
        /// <param name="writer">Where the method goes.</param>
        /// <param name="type">The element type.</param>
        /// <param name="name">The method's name.</param>
        /// <param name="blob">The text the elements read, filled while <paramref name="elements"/> was written.</param>
        /// <param name="elements">The elements, one expression and a comma each.</param>
        public static void Write(SourceWriter writer, string type, string name, Utf8Blob blob, SourceWriter elements)
        {
            writer.WriteLine($"private static {ReadOnlyList}<{type}> {name}()");
            writer.OpenBlock();
            blob.WriteDeclaration(writer);
            writer.WriteLine($"return {Array}.AsReadOnly(new {type}[]");
            writer.OpenBlock();
            writer.WriteLines(elements);
            writer.CloseBlock("});");
            writer.CloseBlock();
            writer.WriteLine();
        }
    }
}
