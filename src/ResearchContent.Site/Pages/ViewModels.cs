using System.Collections.Generic;

namespace ResearchContent.Site.Pages
{
    /// <summary>The authors of a publication to render.</summary>
    /// <param name="Authors">The authors.</param>
    /// <param name="Lang">The page's language.</param>
    public sealed record AuthorsViewModel(IReadOnlyList<Author> Authors, string Lang);

    /// <summary>A not-found message with suggestions.</summary>
    /// <param name="Lang">The page's language.</param>
    /// <param name="Message">What was not found.</param>
    /// <param name="Suggestions">Publications that resemble what was asked for.</param>
    /// <param name="HomeHref">The link to the publications.</param>
    public sealed record NotFoundViewModel(string Lang, string Message, IReadOnlyList<Publication> Suggestions, string HomeHref);

    /// <summary>A publication in a publications list.</summary>
    /// <param name="Page">The list page, for its language, texts and figures.</param>
    /// <param name="Publication">The publication.</param>
    /// <param name="TitleLevel">The HTML heading level of its title, one below the heading it is listed under.</param>
    public sealed record PublicationItemViewModel(IndexModel Page, Publication Publication, int TitleLevel);
}
