using ResearchContent.Site;
using ResearchContent.Site.StaticExport;

// `export OUT_DIR …` writes the site as static files and exits; anything else serves it.
if (StaticExportCommand.IsExport(args))
{
    return await StaticExportCommand.RunAsync(args, System.Console.Out, System.Console.Error);
}

var app = SiteApplication.Build(args);
await app.RunAsync();
return 0;

/// <summary>The site's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program
{
}
