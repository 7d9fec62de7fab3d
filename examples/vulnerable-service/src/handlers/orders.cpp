#include <string>

#include "service/handlers.hpp"

namespace service {

void register_order_routes(Router &router, Services &services) {
  router.add("GET", "/orders", [&services](const Request &request) {
    const auto orders = services.orders.list_for_user(std::stoll(request.param("user_id", "0")),
                                                      request.param("status"), request.param("sort"));
    std::string body = "[";
    for (const auto &order : orders) {
      body += (body.size() > 1 ? "," : "") + std::string("{\"id\":") + std::to_string(order.id) +
              ",\"status\":" + json_string(order.status) + ",\"total\":" + std::to_string(order.total) + "}";
    }
    return Response::json(body + "]");
  });

  router.add("POST", "/orders/cancel", [&services](const Request &request) {
    services.orders.cancel(std::stoll(request.param("id", "0")));
    return Response::json("{\"cancelled\":true}");
  });

  router.add("GET", "/reports/revenue", [&services](const Request &request) {
    return Response::json(services.reports.revenue_by_region(request.param("region"), request.param("since")));
  });

  router.add("GET", "/reports/daily", [&services](const Request &request) {
    return Response::json(services.reports.daily_totals(request.param("day"), std::stoi(request.param("limit", "10"))));
  });

  router.add("GET", "/reports/customer", [&services](const Request &request) {
    return Response::json(services.reports.orders_for_customer(request.param("customer_id")));
  });

  router.add("GET", "/reports/count", [&services](const Request &) {
    return Response::json("{\"orders\":" + std::to_string(services.reports.count_orders()) + "}");
  });

  router.add("POST", "/reports/refresh", [&services](const Request &) {
    const bool ok = services.reports.run_statement("REFRESH MATERIALIZED VIEW CONCURRENTLY orders_fact");
    return ok ? Response::json("{\"refreshed\":true}") : Response::error(500, "refresh failed");
  });
}

}  // namespace service
