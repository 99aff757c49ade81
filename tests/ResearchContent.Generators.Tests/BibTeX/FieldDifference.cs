using ResearchContent.Generators.Model;

namespace ResearchContent.Generators.Tests.BibTeX
{
    /// <summary>One field that pandoc and our reader read differently from the same entry.</summary>
    internal sealed record FieldDifference(string Field, string? Pandoc, string? Ours, PandocItem Item, SourcePublication Publication)
    {
        public string Key => Item.Id;

        public override string ToString() => Key + " " + Field + ": pandoc <" + Pandoc + "> ours <" + Ours + ">";
    }
}
