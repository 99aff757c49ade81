using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests.Snapshots
{
    /// <summary>
    /// Every settable property of the runtime model is written by the generator. A property added to the model and
    /// forgotten in the emitters would otherwise keep its default in every catalog, silently.
    /// </summary>
    public sealed class EmittedModelTests
    {
        public static TheoryData<Type> ModelTypes => new() { typeof(Publication), typeof(Citation), typeof(Author), typeof(Figure), typeof(Page) };

        [Theory]
        [MemberData(nameof(ModelTypes))]
        public void Every_settable_property_is_set_in_every_object_the_generator_creates(Type type)
        {
            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.SetMethod is { IsPublic: true })
                .Select(property => property.Name)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToArray();
            Assert.NotEmpty(settable);

            var creations = Initializers("global::" + type.FullName);
            Assert.NotEmpty(creations);
            foreach (var assigned in creations)
            {
                Assert.Equal(settable, assigned.OrderBy(name => name, StringComparer.Ordinal));
            }
        }

        [Fact]
        public void The_generators_kinds_of_work_are_the_runtimes_by_name()
        {
            // The emitter writes a kind as "global::ResearchContent.PublicationKind.{Name}".
            Assert.Equal(Enum.GetNames(typeof(PublicationKind)), Enum.GetNames(typeof(Generators.Model.PublicationKind)));
        }

        /// <summary>The members each <c>new T { … }</c> of the reference page's generated code assigns.</summary>
        private static IReadOnlyList<string[]> Initializers(string typeName)
        {
            var run = GeneratorHarness.ForPage(GeneratorHarness.ReferencePage).Run();
            return run.Generator.GeneratedSources
                .SelectMany(source => CSharpSyntaxTree.ParseText(source.SourceText).GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
                .Where(creation => creation.Type.ToString() == typeName && creation.Initializer is not null)
                .Select(creation => creation.Initializer!.Expressions
                    .OfType<AssignmentExpressionSyntax>()
                    .Select(assignment => ((IdentifierNameSyntax)assignment.Left).Identifier.ValueText)
                    .ToArray())
                .ToArray();
        }
    }
}
