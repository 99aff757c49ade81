using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.WebEncoders;
using ResearchContent.Site;
using ResearchContent.Site.Services;

var builder = WebApplication.CreateBuilder(args);

// Loopback only unless told otherwise (--urls, ASPNETCORE_URLS, HTTP_PORTS or Kestrel endpoints).
if (string.IsNullOrEmpty(builder.Configuration["urls"])
    && string.IsNullOrEmpty(builder.Configuration["http_ports"])
    && string.IsNullOrEmpty(builder.Configuration["https_ports"])
    && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
{
    builder.WebHost.UseUrls(SiteDefaults.Url);
}

// wwwroot is served from the build output too (dotnet bin/…/ResearchContent.Site.dll), not only in Development
// or when published; without the build's manifest (a published app) this does nothing.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorPages();

// Razor still encodes <, >, &, ' and "; Chinese and other letters are written as themselves rather than as &#x…;.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddSingleton<IPublicationSource, CatalogPublicationSource>();
builder.Services.AddSingleton<PublicationDirectory>();

builder.Services.AddSingleton<ImagesFolder>();
builder.Services.AddSingleton<FigureImages>();

var app = builder.Build();

app.Use(static (context, next) =>
{
    var headers = context.Response.Headers;
    headers.ContentSecurityPolicy = SiteDefaults.ContentSecurityPolicy;
    headers.XContentTypeOptions = "nosniff";
    headers.XFrameOptions = "DENY";
    headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    return next(context);
});

// Before routing: the pages' catch-all route would otherwise take /images/… away from the file server.
var images = app.Services.GetRequiredService<ImagesFolder>();
if (images.Path is not null)
{
    app.UseStaticFiles(new StaticFileOptions { FileProvider = images.Files, RequestPath = FigureImages.RequestPath });
}

app.UseRouting();
app.MapStaticAssets();
app.MapRazorPages();
DownloadEndpoints.Map(app);

app.Run();

/// <summary>The site's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program
{
}
