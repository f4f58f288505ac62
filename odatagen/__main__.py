from odatagen.cli import main

main()
