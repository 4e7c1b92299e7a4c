# The finance team's daily sales page: yesterday's revenue per category, straight from the
# reporting replica. Nobody else uses it.
require "date"
require "pg"
require "sinatra/base"

class DailySalesReport < Sinatra::Base
  QUERY = <<~SQL
    SELECT c.name AS category, count(*) AS orders, sum(o.total_cents) AS revenue_cents
    FROM orders o JOIN categories c ON c.id = o.category_id
    WHERE o.placed_at >= $1 AND o.placed_at < $2
    GROUP BY c.name
    ORDER BY revenue_cents DESC
  SQL

  configure do
    set :db, PG.connect(ENV.fetch("REPORTING_DATABASE_URL"))
  end

  get "/healthz" do
    "ok"
  end

  get "/" do
    day = params.fetch("day", (Date.today - 1).iso8601)
    from = Date.iso8601(day)
    @day = day
    @rows = settings.db.exec_params(QUERY, [from.iso8601, (from + 1).iso8601]).to_a
    erb :report
  rescue Date::Error
    halt 400, "day must be YYYY-MM-DD"
  end
end
