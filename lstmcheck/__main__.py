from lstmcheck.cli import main

main()
