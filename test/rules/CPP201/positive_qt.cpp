// cppsec-test-flags: -fPIC -isystem /usr/include/x86_64-linux-gnu/qt5 -isystem /usr/include/x86_64-linux-gnu/qt5/QtCore -isystem /usr/include/x86_64-linux-gnu/qt5/QtSql
// CPP201 with Qt SQL: QSqlQuery::exec/prepare and the QSqlQuery constructor take SQL text;
// QString concatenation, arg(), append() and += build it.
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace inventory {

bool delete_item(QSqlDatabase& db, const QString& sku) {
  QSqlQuery query(db);
  return query.exec("DELETE FROM items WHERE sku = '" + sku + "'");  // expect: CPP201(high)
}

QSqlQuery find_by_owner(const QString& owner) {
  QSqlQuery query(QString("SELECT * FROM items WHERE owner = '%1'").arg(owner));  // expect: CPP201(high)
  return query;
}

bool rename_item(QSqlQuery& query, const QString& sku, const QString& name) {
  QString sql = "UPDATE items SET name = '";
  sql += name;
  sql.append("' WHERE sku = '").append(sku).append("'");
  return query.prepare(sql);  // expect: CPP201(high)
}

bool tag_items(QSqlQuery& query, const QStringList& tags) {
  const QString list = tags.join("','");
  return query.exec("SELECT * FROM items WHERE tag IN ('" + list + "')");  // expect: CPP201(high)
}

// A number formatted in: reported, at low confidence.
bool archive_batch(QSqlQuery& query, int batch) {
  return query.exec(QString("UPDATE items SET archived = 1 WHERE batch = %1").arg(batch));  // expect: CPP201(low)
}

// From a std::string through QString::fromStdString.
bool purge_user(QSqlDatabase& db, const std::string& user) {
  QSqlQuery query(db);
  return query.exec(QString::fromStdString("DELETE FROM carts WHERE user = '" + user + "'"));  // expect: CPP201(high)
}

// Correct: constant text, values bound.
bool add_item(QSqlQuery& query, const QString& sku, const QString& name) {
  query.prepare("INSERT INTO items (sku, name) VALUES (?, ?)");
  query.addBindValue(sku);
  query.addBindValue(name);
  return query.exec();
}

bool count_items(QSqlDatabase& db) {
  QSqlQuery query("SELECT COUNT(*) FROM items", db);
  return query.exec(QStringLiteral("VACUUM"));
}

bool by_named_placeholder(QSqlQuery& query, const QString& owner) {
  query.prepare(QString("SELECT * FROM items WHERE owner = :owner AND status = '%1'").arg("active"));
  query.bindValue(":owner", owner);
  return query.exec();
}

}  // namespace inventory
