// Implementations of CatalogService's actions and functions (see service.cds).
const cds = require('@sap/cds')

module.exports = class CatalogService extends cds.ApplicationService {
  init() {
    const { Books, Authors, Orders } = this.entities

    this.on('addStock', Books, async req => {
      const { ID } = req.params[0]
      const { amount } = req.data
      const n = await UPDATE(Books, ID).with({ stock: { '+=': amount } })
      if (!n) return req.error(404, `Book ${ID} not found`)
      return SELECT.one.from(Books, ID)
    })

    this.on('priceWithTax', Books, async req => {
      const { ID } = req.params[0]
      const book = await SELECT.one.from(Books, ID).columns('price')
      if (!book) return req.error(404, `Book ${ID} not found`)
      const rate = Number(req.data.rate)
      return Math.round(Number(book.price) * (100 + rate)) / 100
    })

    this.on('topBooks', Authors, async req => {
      const { ID } = req.params[0]
      const count = req.data.count ?? 3
      return SELECT.from(Books).where({ author_ID: ID }).orderBy('copiesSold desc', 'ID').limit(count)
    })

    this.on('rename', Authors, async req => {
      const { ID } = req.params[0]
      await UPDATE(Authors, ID).with({ name: req.data.name })
      return SELECT.one.from(Authors, ID)
    })

    this.on('submitOrder', async req => {
      const { book, quantity, buyer } = req.data
      if (quantity < 1) return req.error(400, 'quantity must be at least 1', 'quantity')
      const found = await SELECT.one.from(Books, book).columns('stock', 'price')
      if (!found) return req.error(404, `Book ${book} not found`, 'book')
      if (found.stock < quantity) return req.error(409, `Only ${found.stock} in stock`, 'quantity')
      await UPDATE(Books, book).with({ stock: { '-=': quantity } })
      const orderID = cds.utils.uuid()
      await INSERT.into(Orders).entries({
        ID: orderID,
        buyer: buyer ?? 'anonymous',
        placedAt: new Date().toISOString(),
        total: Number(found.price) * quantity,
        items: [{ pos: 1, book_ID: book, quantity, amount: Number(found.price) * quantity }],
      })
      return { stock: found.stock - quantity, orderID }
    })

    this.on('stats', async () => {
      const [b] = await SELECT.from(Books).columns('count(1) as books', 'sum(stock) as stock', 'avg(price) as avgPrice')
      const [a] = await SELECT.from(Authors).columns('count(1) as authors')
      return {
        books: b.books,
        authors: a.authors,
        stock: b.stock,
        avgPrice: Math.round(Number(b.avgPrice) * 100) / 100,
      }
    })

    this.on('booksByGenre', async req => {
      const { genre, minStock } = req.data
      return SELECT.from(Books).where({ genre_ID: genre, stock: { '>=': minStock ?? 0 } }).orderBy('title', 'ID')
    })

    this.on('hello', req => `Hello, ${req.data.name ?? 'world'}!`)

    return super.init()
  }
}
