using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using ResearchContent.Generators.Model;
using ResearchContent.Generators.Primitives;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;
using GeneratorKind = ResearchContent.Generators.Model.PublicationKind;

namespace ResearchContent.Generators.Tests.Snapshots
{
    /// <summary>
    /// Every settable property of the runtime model is stored by the generator and read back by the runtime. A property
    /// added to the model and forgotten by the writer or the reader of the storage layout would otherwise keep its
    /// default in every catalog, silently: here a model with every field set goes through the real emitters, the
    /// compiler and the runtime, and no property of what comes back may hold its default.
    /// </summary>
    public sealed class EmittedModelTests
    {
        private static readonly Lazy<CatalogView> Catalog = new(CompileFullModel);

        public static TheoryData<Type> ModelTypes => new() { typeof(Publication), typeof(Citation), typeof(Author), typeof(Figure), typeof(Page), typeof(Link), typeof(Field) };

        [Theory]
        [MemberData(nameof(ModelTypes))]
        public void Every_settable_property_is_stored_and_read_back(Type type)
        {
            var publication = Catalog.Value.Publications.Single();
            object instance = type.Name switch
            {
                nameof(Publication) => publication,
                nameof(Citation) => publication.Citation,
                nameof(Author) => publication.Citation.Authors.Single(),
                nameof(Figure) => publication.Figures.Single(),
                nameof(Link) => publication.Links.Single(),
                nameof(Field) => publication.Fields.Single(),
                _ => Catalog.Value.Pages.Single(),
            };

            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.SetMethod is { IsPublic: true }).ToArray();
            Assert.NotEmpty(settable);
            foreach (var property in settable)
            {
                Assert.False(IsDefault(property.GetValue(instance)), $"{type.Name}.{property.Name} was not read back");
            }
        }

        [Fact]
        public void The_generators_kinds_of_work_are_the_runtimes_by_name()
        {
            // The storage layout writes a kind by its name, which the runtime parses.
            Assert.Equal(Enum.GetNames(typeof(PublicationKind)), Enum.GetNames(typeof(GeneratorKind)));
        }

        private static bool IsDefault(object? value) => value switch
        {
            null => true,
            string text => text.Length == 0,
            bool flag => !flag,
            int number => number == 0,
            Enum kind => Convert.ToInt32(kind, System.Globalization.CultureInfo.InvariantCulture) == 0,
            LocalizedText text => text.En is null || text.Zh is null,
            ICollection items => items.Count == 0,
            _ => false,
        };

        /// <summary>One publication with every field the model has set to something other than its default.</summary>
        private static CatalogView CompileFullModel()
        {
            var model = new CatalogModel(
                new[] { new PageModel("content/p.md", "Title", "/publications/", "archive", new[] { new FrontMatterValue("layout", "archive", 2, 1) }.ToEquatableArray(), 0, 1) { Introduction = "Intro" } }.ToEquatableArray(),
                new[]
                {
                    new PublicationModel
                    {
                        Key = "full2021model", PropertyName = "Full2021Model", Label = "2021-#1", Year = 2021, Number = 1,
                        TitleEn = "Title", TitleZh = "标题", AbstractEn = "Abstract", AbstractZh = "摘要", NotesEn = "Note", NotesZh = "备注", Sections = new[] { "Journal articles", "2021" }.ToEquatableArray(),
                        CitationText = "Doe, J. (2021), Title, Journal, 1(2), 3–4.", CitationUrl = "https://doi.org/10.1/x", Doi = "10.1/x",
                        Citation = new ParsedCitation
                        {
                            Authors = new[] { new ParsedAuthor("Doe", "J.", true) { Suffix = "Jr." } }.ToEquatableArray(),
                            AuthorsTruncated = true, Year = 2021, Title = "Title", Container = "Journal", Volume = "1", Issue = "2",
                            Pages = "3–4", ArticleNumber = "e5", Kind = GeneratorKind.Thesis, Note = "Note",
                        },
                        Figures = new[] { new FigureModel("/images/a.png", "Alt", 800, "Caption", "说明", true) }.ToEquatableArray(),
                        Links = new[] { new LinkModel("PDF", "https://example.org/a.pdf") }.ToEquatableArray(),
                        SourcePath = "content/p.md", SourceLine = 5,
                        Sources = new[] { new SourceLocationModel("content/p.md", 5) }.ToEquatableArray(),
                        Kind = GeneratorKind.Thesis, Date = "2021-03-05", Venue = "Journal", Permalink = "/publication/a", Category = "Theses",
                        Excerpt = "Excerpt", Body = "Body", Abbreviation = "GRL", Selected = true, Award = "Award",
                        Fields = new[] { new SourceField("keywords", "InSAR") }.ToEquatableArray(),
                    },
                }.ToEquatableArray(),
                new[] { new ContentDiagnosticModel("RC2001", "Warning", "Message", "content/p.md", 5, 3) }.ToEquatableArray());
            return EmittedCatalog.Compile(model).Catalog();
        }
    }
}
