using System;
using System.Collections.Generic;
using System.Reflection;

namespace ResearchContent.Generators.Tests.Infrastructure
{
    /// <summary>Reads a compiled and loaded <c>ResearchCatalog</c> through its public members.</summary>
    public sealed class CatalogView
    {
        private readonly Type _type;

        public CatalogView(Type type) => _type = type;

        public IReadOnlyList<Publication> Publications => (IReadOnlyList<Publication>)Get("Publications");

        public IReadOnlyList<Page> Pages => (IReadOnlyList<Page>)Get("Pages");

        public IReadOnlyList<ContentDiagnostic> Diagnostics => (IReadOnlyList<ContentDiagnostic>)Get("Diagnostics");

        public Publication Property(string name) => (Publication)Get(name);

        public bool HasProperty(string name) => _type.GetProperty(name, BindingFlags.Public | BindingFlags.Static) is not null;

        public bool TryGet(string key, out Publication? publication)
        {
            var arguments = new object?[] { key, null };
            var found = (bool)_type.GetMethod("TryGet", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
            publication = (Publication?)arguments[1];
            return found;
        }

        private object Get(string name) =>
            _type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException("ResearchCatalog has no property " + name);
    }
}
