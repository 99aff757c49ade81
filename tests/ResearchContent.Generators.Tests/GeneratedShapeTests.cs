using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ResearchContent.Generators.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Generators.Tests
{
    /// <summary>
    /// No generated construct grows in depth with the catalog: a chain of terms, an initializer or a switch as long as
    /// the catalog overflows the compiler's stack in a real build (its passes recurse once per term), or costs it far
    /// more than the lookup it saves. The generated code for 300, 9,000 and 12,000 publications is measured here: both larger
    /// catalogs need the full two-level tree of switches that finds a block.
    /// </summary>
    public sealed class GeneratedShapeTests
    {
        private static readonly Lazy<Shape> Small = new(() => Measure(300));
        private static readonly Lazy<Shape> Large = new(() => Measure(9_000));
        private static readonly Lazy<Shape> Larger = new(() => Measure(12_000));

        [Fact]
        public void The_deepest_syntax_does_not_deepen_with_the_catalog()
        {
            Assert.Equal(Small.Value.Depth, Large.Value.Depth);
            Assert.Equal(Small.Value.Depth, Larger.Value.Depth);
        }

        [Fact]
        public void The_largest_member_stops_growing_once_the_switches_are_full()
        {
            // Up to 64 chunks (4,096 publications) one switch finds a block; beyond, a tree of switches of at most 64 arms.
            Assert.True(Small.Value.LargestMember < Large.Value.LargestMember, $"{Small.Value.LargestMember} then {Large.Value.LargestMember}");
            Assert.Equal(Large.Value.LargestMember, Larger.Value.LargestMember);
        }

        [Fact]
        public void No_switch_has_more_than_sixty_four_arms_and_a_default()
        {
            Assert.Equal(65, Larger.Value.MostArms);
        }

        [Fact]
        public void No_initializer_or_argument_list_grows_with_the_catalog()
        {
            Assert.Equal(Small.Value.LongestList, Larger.Value.LongestList);
        }

        private static Shape Measure(int publications)
        {
            var page = SyntheticPage.Build(publications, "A short abstract.", "简短的摘要。");
            var run = GeneratorHarness.ForPage(page).Run();
            Assert.False(run.Fails, run.Describe());
            var roots = run.Generator.GeneratedSources
                .Select(source => CSharpSyntaxTree.ParseText(source.SourceText, GeneratorHarness.ParseOptions).GetRoot())
                .ToArray();
            var nodes = roots.SelectMany(root => root.DescendantNodesAndSelf()).ToArray();
            return new Shape(
                Depth: nodes.Max(node => node.Ancestors().Count()),
                LargestMember: nodes.OfType<MemberDeclarationSyntax>().Where(member => member is not TypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax)
                    .Max(member => member.DescendantNodesAndSelf().Count()),
                MostArms: nodes.OfType<SwitchExpressionSyntax>().Max(expression => expression.Arms.Count),
                LongestList: nodes.Select(node => node switch
                {
                    InitializerExpressionSyntax initializer => initializer.Expressions.Count,
                    ArgumentListSyntax arguments => arguments.Arguments.Count,
                    _ => 0,
                }).Max());
        }

        private sealed record Shape(int Depth, int LargestMember, int MostArms, int LongestList);
    }
}
