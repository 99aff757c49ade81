using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ResearchContent.Site.Services;
using ResearchContent.Site.StaticExport;
using ResearchContent.Site.Tests.Infrastructure;

namespace ResearchContent.Site.Tests
{
    /// <summary>
    /// What a static export fetches, for a catalog with several kinds (which the reference catalog, all journal
    /// articles, does not have): every address the static pages link to is in the plan, and each answers.
    /// </summary>
    public sealed class StaticSitePlanTests
    {
        [Fact]
        public async Task Every_link_of_a_static_page_with_kind_filters_is_an_address_of_the_plan_and_answers()
        {
            using var root = new SiteFactory();
            using var factory = root.WithPages(TestContent.OtherKindPages()).WithSetting(SiteAddressSettings.StaticSiteKey, "true");
            var client = factory.CreateClient();
            var urls = new SiteUrls(isStatic: true, PathString.Empty, string.Empty);

            var plan = StaticSitePlan.For(
                factory.Services.GetRequiredService<PublicationDirectory>(),
                urls,
                factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider,
                factory.Services.GetRequiredService<ImagesFolder>().Files);
            var addresses = plan.Select(a => a.Address).ToHashSet();

            Assert.Contains("/zh/publications/kinds/thesis/", addresses);
            Assert.Contains("/publications/" + TestContent.ThesisKey + "/agu/", addresses);
            Assert.Equal("zh/publications/kinds/thesis/index.html", StaticSitePlan.FileOf("/zh/publications/kinds/thesis/", urls));

            foreach (var page in new[] { "/publications/", "/zh/publications/kinds/thesis/", "/zh/publications/" + TestContent.ThesisKey + "/ieee/" })
            {
                var document = await Html.GetAsync(client, page);
                var links = document.QuerySelectorAll("a[href], link[href], img[src], script[src]")
                    .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                    .Where(link => link.StartsWith('/') && !link.StartsWith("/files/", StringComparison.Ordinal))
                    .Select(link => link.Split('#')[0])
                    .ToList();
                Assert.All(links, link => Assert.Contains(link, addresses));
            }

            foreach (var address in plan)
            {
                using var response = await client.GetAsync(address.Address);
                Assert.True(address.Status == (int)response.StatusCode, $"{address.Address} answered {(int)response.StatusCode}");
            }
        }
    }
}
