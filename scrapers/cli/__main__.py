from scrapers.cli import main

main()
