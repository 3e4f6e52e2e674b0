/*
 * The simulated instance's wire under Rhino: synchronous HTTP through Java's HttpURLConnection,
 * as the instance's own outbound HTTP is. A connection failure or timeout is status 0.
 */
SpSim.transport = function (request) {
  var connection;
  try {
    connection = new java.net.URL(request.url).openConnection();
    connection.setRequestMethod(request.method);
    connection.setConnectTimeout(request.timeoutMs);
    connection.setReadTimeout(request.timeoutMs);
    for (var name in request.headers) {
      if (Object.prototype.hasOwnProperty.call(request.headers, name)) {
        connection.setRequestProperty(name, request.headers[name]);
      }
    }
    if (request.body !== undefined && request.body !== null) {
      connection.setDoOutput(true);
      var out = connection.getOutputStream();
      out.write(new java.lang.String(request.body).getBytes('UTF-8'));
      out.close();
    }
    var status = connection.getResponseCode();
    var stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    var body = '';
    if (stream !== null) {
      var scanner = new java.util.Scanner(stream, 'UTF-8').useDelimiter('\\A');
      body = scanner.hasNext() ? String(scanner.next()) : '';
      scanner.close();
    }
    var headers = {};
    var fields = connection.getHeaderFields();
    var keys = fields.keySet().toArray();
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] !== null) {
        headers[String(keys[i]).toLowerCase()] = String(fields.get(keys[i]).get(0));
      }
    }
    return { status: status, headers: headers, body: body };
  } catch (e) {
    return { status: 0, headers: {}, body: '', error: String(e) };
  } finally {
    if (connection) {
      connection.disconnect();
    }
  }
};
