// The data model of odatagen's CAP end-to-end test service (see ../README.md).
namespace odatagen.cap;

using {
  cuid,
  managed
} from '@sap/cds/common';

/** How worn a copy is: a String enum (CAP writes its base type, Edm.String). */
type Condition : String(1) enum {
  New     = 'N';
  Used    = 'U';
  Damaged = 'D';
}

/** An Integer enum. */
type Priority  : Integer enum {
  Low    = 1;
  Normal = 2;
  High   = 3;
}

/** A structured type: CAP flattens it in OData (address_street, ...). */
type Address {
  street  : String(80);
  city    : String(40);
  zip     : String(10);
  country : String(2);
}

/** Integer key. */
entity Genres {
  key ID    : Integer;
      name  : String(40) not null;
      books : Association to many Books
                on books.genre = $self;
}

/** Guid key (cuid); to-many association `books` for $expand; an ETag (modifiedAt). */
entity Authors : cuid, managed {
  name         : String(111) not null;
  born         : Date;
  died         : Date;
  placeOfBirth : String(80);
  address      : Address;
  books        : Association to many Books
                   on books.author = $self;
}

/** Guid key, every scalar type, many-to-one associations, a media stream. */
entity Books : cuid, managed {
  title       : String(111) not null;
  descr       : String(1111);
  author      : Association to Authors;
  genre       : Association to Genres;
  stock       : Integer default 0;
  price       : Decimal(9, 2);
  currency    : String(3);
  available   : Boolean default true;
  published   : Date;
  lastSold    : DateTime;
  pages       : Int16;
  copiesSold  : Int64;
  rating      : Double;
  readingTime : Time;
  isbn        : String(17);
  condition   : Condition default 'N';
  priority    : Priority;
  tags        : many String(20);
  cover       : LargeBinary @Core.MediaType: coverType @Core.ContentDisposition.Filename: coverName;
  coverType   : String(40) @Core.IsMediaType;
  coverName   : String(80);
}

annotate Authors with {
  modifiedAt @odata.etag;
}

/** Guid key, composition of many items (deep insert, $expand). */
entity Orders : cuid, managed {
  orderNo  : Integer;
  buyer    : String(80) not null;
  placedAt : Timestamp;
  total    : Decimal(11, 2);
  shipTo   : Address;
  items    : Composition of many OrderItems
               on items.parent = $self;
}

/** Composite key: (parent_ID, pos). */
entity OrderItems {
  key parent   : Association to Orders;
  key pos      : Integer;
      book     : Association to Books;
      quantity : Integer not null;
      amount   : Decimal(11, 2);
}
