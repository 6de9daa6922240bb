"""The polite HTTP fetcher: robots.txt, rate limits, retries, caching, size caps, SSRF guard."""
