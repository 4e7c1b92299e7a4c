require_relative "app"

run DailySalesReport
