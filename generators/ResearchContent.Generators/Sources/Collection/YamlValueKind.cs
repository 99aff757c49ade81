namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>The three shapes a YAML value takes.</summary>
    internal enum YamlValueKind
    {
        /// <summary>Text, however it is quoted or folded: <c>title: "…"</c>, <c>excerpt: &gt;</c>.</summary>
        Scalar,

        /// <summary>A list: <c>tags: [a, b]</c> or one <c>- item</c> per line.</summary>
        Sequence,

        /// <summary>Names and values: the front matter itself, or <c>_config.yml</c>'s <c>publication_category</c>.</summary>
        Mapping,
    }
}
