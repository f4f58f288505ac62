// The OData 4 service at /odata/v4/catalog (see ../README.md).
using {odatagen.cap as db} from '../db/schema';

@path: '/odata/v4/catalog'
service CatalogService {

  /** Server-driven paging: 100 rows a page unless $top says otherwise. */
  @cds.query.limit: {
    default: 100,
    max    : 1000
  }
  entity Books      as projection on db.Books
    actions {
      /** Bound action: adds `amount` to the stock, returns the book. */
      action   addStock(amount : Integer not null) returns Books;
      /** Bound function: the price with a tax rate applied. */
      function priceWithTax(rate : Decimal(5, 2) not null) returns Decimal(11, 2);
    };

  entity Authors    as projection on db.Authors
    actions {
      /** Bound function returning a collection of entities. */
      function topBooks(count : Integer) returns many Books;
      /** Bound action on an entity with an ETag: CAP wants If-Match (428 without). */
      action   rename(name : String not null) returns Authors;
    };

  /** The books again, with a hard page limit: `$top` above 100 gets 100 rows and a
      nextLink (a base64 $skiptoken), so clients meet server-driven paging. */
  @readonly
  @cds.redirection.target: false
  @cds.query.limit: {
    default: 100,
    max    : 100
  }
  entity PagedBooks as projection on db.Books {
    key ID, title, stock, price
  };

  entity Genres     as projection on db.Genres;
  entity Orders     as projection on db.Orders;
  entity OrderItems as projection on db.OrderItems;

  type Stats {
    books    : Integer;
    authors  : Integer;
    stock    : Integer;
    avgPrice : Decimal(9, 2);
  }

  /** Unbound action: orders `quantity` copies of a book, returns the new stock. */
  action   submitOrder(book : Books:ID not null, quantity : Integer not null, buyer : String) returns {
    stock   : Integer;
    orderID : UUID;
  };

  /** Unbound function returning a complex type. */
  function stats()                                                     returns Stats;

  /** Unbound function with parameters returning a collection of entities. */
  function booksByGenre(genre : Integer not null, minStock : Integer) returns many Books;

  /** Unbound function returning a primitive. */
  function hello(name : String)                                        returns String;
}
