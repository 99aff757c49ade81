using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace ResearchContent.Site.Tests.Infrastructure
{
    /// <summary>What the browser tests do with a page besides asserting: collect its errors, click until a link has navigated.</summary>
    public static class PageActions
    {
        /// <summary>Collects the page's console errors and uncaught exceptions from now on.</summary>
        /// <param name="page">The page.</param>
        /// <returns>The list the errors are added to.</returns>
        public static List<string> CollectErrors(IPage page)
        {
            var errors = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add("page error: " + error);
            return errors;
        }

        /// <summary>
        /// Clicks a link and waits until the page is at the address it names and its document is parsed. On a loaded CI
        /// machine a click that lands while the previous page is still settling can be lost, as a reader's can; the reader
        /// clicks again, and so does this, up to three times, so a link that never navigates still fails. The address is
        /// polled rather than awaited as a navigation event, which under load was seen to reach Playwright late or not at
        /// all although the page had navigated (and a second click then found no link).
        /// </summary>
        /// <param name="page">The page.</param>
        /// <param name="link">The link to click.</param>
        /// <param name="addressEnd">How the address it leads to ends.</param>
        /// <returns>A task that completes once the page is there.</returns>
        public static async Task ClickUntilAt(IPage page, ILocator link, string addressEnd)
        {
            var before = page.Url;
            var there = new Regex(Regex.Escape(addressEnd) + "$");
            for (var attempt = 1; ; attempt++)
            {
                await link.ClickAsync();
                try
                {
                    await Assertions.Expect(page).ToHaveURLAsync(there, new() { Timeout = 20000 });
                    await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
                    return;
                }
                catch (PlaywrightException) when (attempt < 3 && page.Url == before)
                {
                }
            }
        }
    }
}
