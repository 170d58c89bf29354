require "sinatra"

get "/" do
  "Hello from Code Capsules!"
end
